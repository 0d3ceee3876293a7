## Surveys: list, answering, builder, paper questionnaires, results

surveys-title = Surveys
surveys-intro = Your opinion counts: answer the municipality's surveys. Most take only a few minutes.
surveys-open = Open surveys
surveys-none-open = No survey is open at the moment.
surveys-closed = Closed surveys
survey-stage-not-yet = Opens on { $day }
survey-stage-open = Open until { $day }
survey-stage-closed = Closed on { $day }
survey-identity-anonymous = anonymous
survey-identity-signed = with your name
survey-responses-count = { $count ->
    [one] 1 response
   *[other] { $count } responses
}
survey-responses = Responses
survey-results-link = See the results
survey-manage-link = Manage the survey
survey-when = Period
survey-back = Back to the survey

## Answering
survey-privacy-anonymous = This survey is anonymous. Your answers are stored without your name, your account or your internet address, with the day but not the time. Only the fact that you took part is kept, so that nobody answers twice – apart from your answers. Your answers are filed together with those of four other people, in random order, so that not even the order tells which answers are yours.
survey-privacy-signed = In this survey your name is stored with your answers. The municipality's coordinators see who answered what. Only summarised results are published.
survey-required-note = Questions not marked "optional" must be answered.
survey-optional = optional
survey-send = Send answers
survey-save-draft = Save and continue later
survey-draft-note = Nobody but you sees saved answers; they stay until you send them.
survey-draft-note-anonymous = Saved answers stay with your account until you send them, visible only to you. When you send, they are deleted and your answers are stored without your account.
survey-draft-loaded = Your saved answers are filled in.
survey-login-note = Please log in to take part in this survey. That way everyone answers only once.
survey-login-button = Log in and take part
survey-already-answered-note = You have already answered this survey. Thank you!
survey-closed-note = This survey is closed. Answers are no longer possible.
survey-closed-meanwhile = The survey has closed in the meantime. Your answers could not be saved.
survey-preview-note = Preview: the survey has not opened yet. Only the coordinators see this page.
survey-already-answered = You have already answered this survey.
survey-scale-low = does not apply at all
survey-scale-high = fully applies
survey-rank-none = – choose a place –
survey-rank-prefix = Place
survey-hint-between = Choose { $min } to { $max } answers.
survey-hint-at-least = Choose at least { $min } answers.
survey-hint-at-most = Choose at most { $max } answers.
survey-hint-any = You can choose several answers.
survey-hint-ranking = Give each answer its own place; place 1 matters most to you.
survey-hint-condition = Only answer if you chose "{ $answer }" for "{ $question }".
survey-problem = Question { $number }: { $message }
survey-answer-required = Please answer this question.
survey-answer-invalid = This answer does not exist. Please choose one of the answers given.
survey-answer-too-few = Please choose more answers, as the hint says.
survey-answer-too-many = Please choose fewer answers, as the hint says.
survey-answer-too-long = Your answer is too long. Please keep it shorter (at most 5,000 characters).
survey-answer-ranking-incomplete = Please give every answer a place, and each place only once.
survey-answer-matrix-incomplete = Please answer every row.
survey-response-empty = Please answer at least one question.
notice-survey-answered = Thank you! Your answers are saved.
notice-survey-draft-saved = Your answers are saved. You can continue here later.
notice-survey-paper-saved = The paper questionnaire is entered. The form is ready for the next one.

## Creating and settings
survey-new-title = New survey
survey-settings-title = Survey settings
survey-title-label = Title
survey-intro-label = Introduction
survey-intro-hint = What is it about, how long does it take, what happens with the results? Markdown is possible.
survey-identity-legend = Anonymous or with names
survey-identity-hint = Anonymous answers are linked to no account, not even in the database.
survey-identity-anonymous-label = Anonymous
survey-identity-signed-label = With names (the coordinators see who answered)
survey-access-legend = Who may answer?
survey-access-hint = Everyone answers once: with an account once per account, without one once per browser.
survey-access-accounts = Only people who are logged in
survey-access-public = Everyone, also without an account (anonymous surveys only)
survey-dates-legend = Period
survey-opens-label = Opens on
survey-closes-label = Closes on
survey-closes-hint = On the last day answers are possible until midnight.
survey-results-public-label = Publish the summarised results for everyone
survey-save = Save survey
survey-title-length = Please enter a title of 3 to 200 characters.
survey-intro-length = The introduction may be at most 20,000 characters long.
survey-identity-missing = Please choose whether the survey is anonymous.
survey-access-missing = Please choose who may answer.
survey-public-needs-anonymous = Only anonymous surveys can be answered without an account.
survey-date-invalid = Please enter a date, for example 2027-03-31.
survey-closes-before-opens = The end must be after the start.
survey-identity-locked = There are answers already. Whether the survey is anonymous and who may answer therefore stay as they were.
survey-identity-locked-note = There are answers already: anonymity and who may answer stay as they were.

## Builder
survey-open-page = Open the survey page
survey-questions-heading = Questions
survey-no-questions = The survey has no questions yet. Add the first one below.
survey-locked-note = There are answers already, so the questions can no longer be changed.
survey-required = required
survey-question-add = Add question
survey-question-add-hint = Choose the kind of question. Fields that do not fit the chosen kind are ignored.
survey-question-edit = Edit
survey-question-edit-title = Edit question
survey-question-up = Move up
survey-question-down = Move down
survey-question-remove = Remove
survey-question-save = Save question
survey-question-kind-label = Kind of question
survey-kind-section = Section (heading with text)
survey-kind-single = Choose one answer
survey-kind-multiple = Choose several answers
survey-kind-text = Free text
survey-kind-scale = Scale from 1 to 5
survey-kind-ranking = Ranking
survey-kind-matrix = Matrix (rows with a 1 to 5 scale)
survey-question-prompt-label = Question (for sections: heading)
survey-question-prompt-hint = Short and in plain language.
survey-question-help-label = Explanation (optional)
survey-question-required-label = Required question
survey-question-options-label = Answers
survey-question-options-hint = One answer per line, 2 to 20. For "one answer", "several answers" and "ranking".
survey-question-limits-legend = For "several answers": how many?
survey-question-min-label = At least
survey-question-max-label = At most
survey-question-scale-legend = For scale and matrix: names of the ends
survey-question-low-label = Meaning of 1
survey-question-high-label = Meaning of 5
survey-question-rows-label = Rows of the matrix
survey-question-rows-hint = One row per line, 1 to 20.
survey-question-condition-label = Only show if …
survey-question-condition-none = always show
survey-condition-choice = "{ $answer }" was chosen for question { $number } ("{ $question }")
survey-question-kind-missing = Please choose the kind of question.
survey-question-prompt-length = Please enter the question (at most 500 characters).
survey-question-help-length = The explanation may be at most 2,000 characters long.
survey-question-options-count = Please enter 2 to 20 answers, one per line.
survey-question-options-repeated = Each answer may appear only once.
survey-question-option-length = An answer may be at most 200 characters long.
survey-question-rows-count = Please enter 1 to 20 rows, each at most 200 characters long.
survey-question-count-invalid = Please enter a whole number.
survey-question-max-range = "At most" must be between 1 and the number of answers.
survey-question-min-above-max = "At least" may not be greater than "at most".
survey-question-label-length = The name may be at most 60 characters long.
survey-question-condition-invalid = Please choose an answer of a question further up.
survey-locked = There are answers already. The questions can no longer be changed.
survey-question-has-dependents = Another question is shown only for an answer of this one. Change that condition first.
survey-question-order-condition = A question must come after the question it depends on.

## Paper questionnaires
survey-paper-title = Enter paper questionnaires
survey-paper-intro = Enter one completed paper questionnaire. It counts as a "paper" response and is linked to no account.
survey-paper-entered = { $count ->
    [one] 1 paper questionnaire has been entered so far.
   *[other] { $count } paper questionnaires have been entered so far.
}
survey-paper-save = Enter questionnaire

## Results
survey-results-title = Results: { $title }
survey-results-totals = { $count } responses: { $online } online and { $paper } on paper.
survey-results-few-answers = Fewer than 5 responses.
survey-results-all = All responses
survey-source-online = Online
survey-source-paper = Paper
survey-results-filter-label = Responses by source
survey-results-filtered = Shown:
survey-results-print = Printable page
survey-results-print-hint = Print this page with your browser's print function (Ctrl+P).
survey-results-small-hidden = To protect the people who took part, numbers below 5 are shown as "< 5".
survey-results-too-few = There are too few responses yet to show results.
survey-results-answered = { $count ->
    [one] 1 person answered.
   *[other] { $count } people answered.
}
survey-results-choice = Answer
survey-results-count = Number
survey-results-share = Share
survey-results-point = Value
survey-results-mean = Average: { $mean } (1 to 5)
survey-results-mean-heading = Average
survey-results-mean-shown = Avg. { $mean }
survey-results-average-rank = Average place
survey-results-first = In first place
survey-results-rank-shown = Avg. place { $rank }
survey-results-row = Row
survey-results-no-texts = No answers yet.
survey-results-texts-private = Only the coordinators see free-text answers.
survey-results-more-texts = … and { $count } more (in the CSV file).
survey-csv-link = All responses as CSV
survey-csv-number = No.
survey-csv-day = Day
survey-csv-source = Source
survey-csv-person = Person
survey-csv-rank = place
