# The state's funding programme: programmes, funding lines, calls and their rules.
funding-public-title = Funding programmes of the state
funding-public-intro = These are the state's funding programmes for local diversity and integration strategies, with their calls. Each call says who can apply, how much money there is at most and which costs are funded.
funding-public-empty = There is no funding programme at the moment.
funding-officer-link = Manage the funding programmes
funding-officer-title = Manage the funding programmes
funding-officer-intro = Here you create funding programmes, their funding lines and calls. The platform checks a call's rules on every application.
funding-public-link = Public page of the funding programmes
funding-programmes-heading = Programmes
funding-programmes-empty = No programme yet. Create the first one below.
funding-programme-new = New programme
funding-programme-create = Create the programme
funding-programme-texts-heading = About the programme
funding-programme-save = Save
funding-back-to-programmes = All programmes
funding-calls-count = { $count ->
    [0] no call yet
    [one] one call
   *[other] { $count } calls
}
funding-name-label = Name of the programme
funding-name-hint = For example "WIR – local diversity and integration strategies".
funding-legal-basis-label = Legal basis
funding-legal-basis-hint = The funding guideline with its date and where it was published (optional).
funding-description-label = Description
funding-contact-label = Contact
funding-contact-hint = Unit, e-mail address and telephone number for questions about applying.
funding-lines-heading = Funding lines
funding-lines-empty = No funding line yet. A call can also stand without one.
funding-line-name-label = Name of the funding line
funding-line-name-hint = For example "Developing a strategy".
funding-line-description-label = Short description (optional)
funding-line-create = Add the funding line
funding-line-label = Funding line
funding-line-none = No funding line
funding-calls-heading = Calls
funding-calls-empty = No call yet.
funding-call-public-link = Public page of the call
funding-call-new-title = New call
funding-call-edit-title = Edit the call
funding-call-intro = A call has an application window and rules. If you change the rules, applications already submitted keep the rules they were checked against.
funding-call-title-label = Title of the call
funding-call-title-hint = For example "Call 2026".
funding-call-description-label = Description of the call
funding-opens-label = Applications from
funding-closes-label = Applications until
funding-moment-hint = Date and time in German time.
funding-call-save = Save the call
funding-rules-heading = Rules of the call
funding-rules-intro = The platform checks these rules on every application and names each breach in plain words next to its field.
funding-rules-public-intro = The platform checks these rules while you fill in your application, so you see before submitting whether everything fits.
funding-population-min-label = Population at least
funding-population-max-label = Population at most
funding-population-hint = Leave empty if there is no limit. For joint applications the sum counts.
funding-max-grant-label = Maximum grant in euros
funding-euro-hint = For example 20,000 or 20,000.00.
funding-rate-label = Funding rate in percent of the eligible costs
funding-rate-hint = A whole number from 1 to 100.
funding-own-share-label = Own contribution at least, in percent of all costs
funding-own-share-hint = 0 or empty if there is no minimum own contribution.
funding-eligible-hint = The municipality pays costs of other kinds itself.
funding-duration-min-label = Duration at least, in months
funding-duration-max-label = Duration at most, in months
funding-criteria-label = Review checklist
funding-criteria-hint = Formal and content criteria, one per line. Officers tick them for every application; they are published on the call's page.
funding-criteria-public = What applications are checked for
funding-attachments-label = Required attachments
funding-declarations-label = Required declarations
funding-one-per-line = One per line.
funding-name-invalid = Please enter a name of 3 to 200 characters.
funding-legal-basis-too-long = The legal basis may be at most 500 characters long.
funding-description-too-long = The text is too long.
funding-contact-invalid = Please say who answers questions (3 to 500 characters).
funding-line-name-invalid = Please enter a name of 3 to 200 characters.
funding-call-title-invalid = Please enter a title of 3 to 200 characters.
funding-line-unknown = Please choose a funding line of this programme.
funding-moment-invalid = Please enter a date and time, for example 01/03/2026, 00:00.
funding-window-order = The end must come after the start.
funding-kinds-missing = Please choose who can apply.
funding-whole-number = Please enter a whole number, for example 50,000.
funding-population-order = The maximum must be at least the minimum.
funding-amount-invalid = Please enter an amount in euros, for example 20,000.
funding-rate-invalid = Please enter a whole number from 1 to 100.
funding-percent-invalid = Please enter a whole number from 0 to 100.
funding-costs-missing = Please choose which costs are funded.
funding-months-invalid = Please enter a number of months from 1 to 120.
funding-duration-order = The longest duration must be at least the shortest.
funding-list-too-long = Please at most 20 entries, none of them too long.
call-window-upcoming = Not open yet
call-window-open = Open for applications
call-window-closed = Closed
applicant-kind-municipality = Municipalities and towns
applicant-kind-district = Districts
applicant-kind-inter-municipal = Several municipalities together (inter-municipal)
cost-category-moderation = Moderation and process support
cost-category-workshops = Workshops and events
cost-category-interpretation = Interpreting and translation
cost-category-public-relations = Public relations and printing
cost-category-rooms-catering = Rooms and catering
cost-category-accessibility = Accessibility
cost-category-staff = The municipality's own staff
cost-category-other = Other costs
rules-kinds = Who can apply?
rules-population = Population
rules-population-between = { $min } to { $max } (for joint applications the sum counts)
rules-population-from = from { $min } (for joint applications the sum counts)
rules-population-up-to = up to { $max } (for joint applications the sum counts)
rules-max-grant = At most
rules-rate = Funding rate
rules-rate-value = up to { $rate } % of the eligible costs
rules-own-share = Own contribution
rules-own-share-value = at least { $percent } % of all costs
rules-eligible = Funded costs
rules-not-eligible = Costs not funded
rules-duration = Duration
rules-duration-value = { $min } to { $max } months
# A municipality's applications and the rule check.
applications-title = Funding applications
applications-intro = Here you apply for funding for your municipality in the state's open calls. The platform checks the call's rules while you fill in the form; every draft is saved.
applications-heading = Applications
applications-empty = No application yet.
applications-start-heading = Start an application
applications-no-open-call = No call is open at the moment.
applications-call-legend = For which call?
applications-start = Start the application
applications-back = All funding applications
application-submitted-at = submitted on
application-title-label = Title of the project
application-title-hint = For example "Together in Musterstadt – our diversity strategy".
application-check-heading = Rule check
application-check-clean = Everything fits the call's rules. You can submit the application.
application-check-broken = { $count ->
    [one] One entry is missing or does not fit the rules yet.
   *[other] { $count } entries are missing or do not fit the rules yet.
}
application-finding-ok = Met
application-finding-broken = Not met yet
application-project-heading = The project
application-situation-label = Starting situation
application-situation-hint = Who lives in your municipality, what is there already, what is missing?
application-objectives-label = Objectives
application-formats-label = Planned participation formats
application-formats-hint = For example workshops, surveys, outreach conversations.
application-target-groups-label = Target groups
application-target-groups-hint = And how you will reach people who rarely take part.
application-time-plan-label = Time plan with milestones
application-time-plan-hint = For example "January: kick-off; April: workshops; December: council decision".
application-partners-label = Partners (optional)
application-partners-hint = Associations, migrant organisations, schools, businesses.
application-starts-label = Start of the project
application-ends-label = End of the project
application-costs-heading = Cost plan
application-costs-intro = One line per cost. For another line, fill in the empty line and choose "Save and add a line".
application-cost-line = Cost line { $n }
application-cost-category = Kind of cost
application-cost-category-choose = Please choose
application-cost-description = Description
application-cost-amount = Amount in euros
application-cost-add = Save and add a line
joint-legend = Joint application with partner municipalities (optional)
joint-hint = Your municipality leads the application. The populations count together. After saving, a field for each partner's declaration appears.
joint-choice = { $name } ({ $population } inhabitants)
review-joint = Partner municipalities
review-joint-none = none (single application)
application-attachment-choose = Choose a file
application-attachment-replace = Replace with another file
application-attachment-hint = { $types }, at most { $max }. The file is kept with every save.
application-financing-heading = Financing plan
application-totals = Costs { $costs } · financing { $financing }
application-requested-label = Requested grant in euros
application-own-label = The municipality's own contribution in euros
application-third-party-label = Third-party funds in euros
application-third-party-hint = For example from foundations; empty if there are none.
application-save = Save the draft
application-submit = Submit the application
application-not-editable-note = The application is submitted. You can change it again when the state asks for changes.
application-withdraw-heading = Withdraw the application
application-withdraw-note = A withdrawn application stays visible here but is no longer reviewed.
application-withdraw = Withdraw the application
application-status-draft = Draft
application-status-submitted = Submitted, in review
application-status-changes-requested = Changes requested
application-status-approved = Approved
application-status-rejected = Rejected
application-status-withdrawn = Withdrawn
application-title-invalid = Please enter a title of 3 to 200 characters.
application-text-missing = Please fill in this field.
application-text-too-long = The text is too long (at most 10,000 characters).
application-day-invalid = Please enter a date, for example 01/01/2027.
application-period-order = The end must come after the start.
application-cost-line-invalid = Please enter the kind, description and amount of this line, for example 12,000.
application-amount-invalid = Please enter an amount in euros, for example 20,000.
application-call-unknown = Please choose an open call.
application-call-closed = This call is not open.
application-not-editable = The application is submitted and cannot be changed at the moment.
application-not-withdrawable = The application has been decided; it can no longer be withdrawn.
application-rules-broken = The application does not fit all of the call's rules yet.
notice-application-submitted = The application is submitted.
notice-application-withdrawn = The application is withdrawn.
funding-rule-kind-ok = { $kind } can apply.
funding-rule-kind = { $kind } cannot apply in this call.
funding-rule-population-within = { $joint ->
    [yes] { $name } and the partner municipalities have
   *[no] { $name } has
  } { $population } inhabitants – within the limit of { $limit }.
funding-rule-population-over = { $joint ->
    [yes] { $name } and the partner municipalities have
   *[no] { $name } has
  } { $population } inhabitants – more than the limit of { $limit }.
funding-rule-population-under = { $joint ->
    [yes] { $name } and the partner municipalities have
   *[no] { $name } has
  } { $population } inhabitants – fewer than the minimum of { $limit }. Smaller municipalities can apply together.
funding-rule-partners-missing = A joint application needs at least one partner municipality.
funding-rule-partner-declaration-missing = The declaration of the partner municipality { $name } is missing.
funding-rule-duration-ok = Duration { $months } months – within { $min } to { $max } months.
funding-rule-duration = Duration { $months } months – { $min } to { $max } months are allowed.
funding-rule-duration-missing = Please enter the start and end of the project.
funding-rule-no-costs = The cost plan is still empty.
funding-rule-cost-not-eligible = { $category } ({ $amount }) are not funded in this call. Please remove the line or choose a funded kind.
funding-rule-max-grant-ok = Requested { $requested } – within the maximum of { $max }.
funding-rule-max-grant = Requested { $requested } – more than the maximum of { $max }.
funding-rule-rate = Requested { $requested } – at a funding rate of { $rate } % of the eligible costs ({ $eligible }) at most { $allowed } are possible.
funding-rule-balanced = Costs and financing balance: { $costs }.
funding-rule-unfunded = Costs { $costs }, financing { $financing } – { $gap } unfunded.
funding-rule-overfunded = Costs { $costs }, financing { $financing } – { $gap } more financing than costs.
funding-rule-own-share-ok = Own contribution { $own } – at least { $needed } ({ $percent } % of the costs) are needed.
funding-rule-own-share = Own contribution { $own } – at least { $needed } ({ $percent } % of the costs) are needed.
funding-rule-attachment-missing = The attachment "{ $name }" is missing.
funding-rule-declaration-missing = The declaration "{ $text }" is missing.
application-not-editable-title = The application is submitted
application-not-withdrawable-title = The application is decided
applications-back-to-application = Back to the application

## Review by the programme officers
review-list-title = Applications: { $call }
review-list-caption = Applications submitted to this call
review-list-link = Review the applications submitted to this call
review-applications-link = Applications
review-list-empty = No application has been submitted to this call yet.
review-counts = { $total ->
    [one] One application
   *[other] { $total } applications
  } · { $review } in review · { $approved } approved
review-back-to-call = Back to the call
review-back-to-list = All applications to this call
review-back = Back to the application
review-municipality = Municipality
review-population = Population
review-title = Project
review-status = Status
review-requested = Requested
review-submitted = Submitted
review-waiting = Waiting
review-days = { $days ->
    [0] since today
    [one] for one day
   *[other] for { $days } days
  }
review-version = Version
review-version-value = { $number }, submitted on { $at }
review-rules-heading = Rules of the call
review-application-heading = Application
review-declarations-made = Declarations made
review-changes-heading = Changes from version { $from } to version { $to }
review-no-changes = The versions are the same.
review-change-field = Field
review-change-before = Before
review-change-after = After
review-internal-note = For the programme officers only; the municipality does not see this.
review-checklist-heading = Review checklist
review-checklist-legend = Checked
review-checklist-empty = This call has no review checklist.
review-checklist-save = Save checklist
review-notes-heading = Internal notes
review-notes-empty = No notes yet.
review-note-label = New note
review-note-add = Add note
review-note-missing = Please write the note.
review-decision-heading = Decision
review-approve-heading = Approve
review-approve = Approve
review-changes-request-heading = Ask for changes
review-message-label = Message to the municipality
review-message-hint = What is missing or should change. The municipality changes the application and submits it again.
review-changes-request = Return the application for changes
review-reject-heading = Reject
review-reason-label = Reason
review-reason-hint = The municipality receives the reason.
review-reject = Reject the application
review-message-sent = Message to the municipality
decision-grant-heading = Grant
decision-granted-label = Amount granted in euros
decision-granted-hint = At most the amount requested and the call's maximum.
decision-starts-label = Funding period from
decision-ends-label = Funding period until
decision-period-label = Funding period
decision-reporting-label = Reporting dates
decision-reporting-hint = One date per line, e.g. 31.12.2027. The last one is the final report.
decision-conditions-label = Conditions and requirements
decision-conditions-hint = Optional.
decision-grant-invalid = Please enter an amount above €0, e.g. 18.000.
decision-grant-above-request = At most the amount requested can be granted.
decision-grant-above-maximum = At most the call's maximum can be granted.
decision-reporting-missing = Please give at least one reporting date.
decision-reporting-invalid = Please write each date on its own line, e.g. 31.12.2027.
decision-reporting-too-many = At most 12 reporting dates are possible.
decision-reporting-before-start = Reporting dates come after the start of the funding period.
decision-message-missing = Please write at least one sentence.
application-not-in-review-title = The application is no longer in review
application-not-in-review = This application has been decided, withdrawn or returned for changes already.
notice-application-approved = The application is approved. The municipality has been told.
notice-application-changes-requested = The application is returned for changes. The municipality has been told.
notice-application-rejected = The application is rejected. The municipality has been told.
application-costs-total = Total costs
application-message-changes = The programme officers ask for changes
application-message-rejected = Reason for the rejection
application-submitted-heading = Submitted version { $number }
mail-application-submitted-subject = Receipt: { $title }
mail-application-submitted-body = Hello,

    the funding application "{ $title }" of { $municipality } has been received (version { $detail }). The programme officers will review it and get in touch.

    View the application: { $link }

    { $site }
mail-application-changes-subject = Please change: { $title }
mail-application-changes-body = Hello,

    the programme officers ask for changes to the funding application "{ $title }" of { $municipality }:

    { $detail }

    Change the application and submit it again: { $link }

    { $site }
mail-application-approved-subject = Approved: { $title }
mail-application-approved-body = Hello,

    the funding application "{ $title }" of { $municipality } is approved: { $detail }.

    Funding period, conditions and reporting dates: { $link }

    { $site }
mail-application-rejected-subject = Rejected: { $title }
mail-application-rejected-body = Hello,

    the funding application "{ $title }" of { $municipality } is rejected. Reason:

    { $detail }

    { $link }

    { $site }

## Letters on applications (always in German, the legally binding language)
letters-heading = Letters on this application
letter-to = To: { $value }
letter-date = Date: { $value }
letter-reference = Reference: { $value }
letter-contact = Contact
letter-project = Project
letter-call = Call
letter-version = Version
letter-received = Received on
letter-declarations = Declarations made
letter-receipt-title = Receipt
letter-receipt-heading = Your application has been received
letter-receipt-text = Your application "{ $title }" was received on { $at } as version { $version }. This receipt lists what was submitted.
letter-next-heading = What happens next
letter-receipt-next = The programme officers review the application against the call's rules and the review checklist. If anything is missing, we ask you for changes through the platform. The project may not start before approval unless this has been permitted.
letter-decision-title = Decision letter
letter-decision-heading = Decision
letter-decision-text = Following your application of { $submitted }, I grant you { $amount } ({ $words }) for the project "{ $title }".
letter-recipient = Recipient
letter-purpose = Purpose
letter-in-words = In words
letter-legal-basis = Legal basis
letter-remedy-heading = Legal remedy

## Payments of a grant
payments-heading = Payments
payments-caption = Payments requested
payments-empty = No payment requested yet.
ledger-granted = Granted
ledger-requested = Requested, not decided yet
ledger-paid = Paid
ledger-remaining = Remaining
payment-requested-at = Requested on
payment-amount-label = Amount in euros
payment-wanted-label = Needed on
payment-purpose-label = What for
payment-purpose-hint = e.g. "First instalment: process support January to March".
payment-available-hint = At most { $amount } (what is left and not requested yet).
payment-request-heading = Request a payment
payment-request = Request payment
payment-release = Release
payment-reject = Reject
payment-reject-reason = Reason for rejecting
payment-status-requested = Requested
payment-status-released = Released
payment-status-rejected = Rejected
payment-amount-invalid = Please enter an amount above €0, e.g. 5.000.
payment-above-available = More than was granted and is neither paid nor requested.
payment-purpose-missing = Please say in 3 to 500 characters what the money is for.
payment-not-approved-title = Not approved yet
payment-not-approved = Payments can be requested once the application is approved.
payment-above-available-title = The amount is too high
payment-decided-title = This payment has been decided already
payment-decided = Someone else has released or rejected it in the meantime.
funding-officer-back = To the funding programmes
notice-payment-requested = The payment is requested. The programme officers have been told.
notice-payment-released = The payment is released. The municipality has been told.
notice-payment-rejected = The payment is rejected. The municipality has been told.
mail-payment-requested-subject = Payment requested: { $title }
mail-payment-requested-body = Hello,

    { $municipality } requests a payment of { $detail } for "{ $title }".

    Review and release: { $link }

    { $site }
mail-payment-released-subject = Payment released: { $title }
mail-payment-released-body = Hello,

    the payment of { $detail } for "{ $title }" is released.

    { $link }

    { $site }
mail-payment-rejected-subject = Payment rejected: { $title }
mail-payment-rejected-body = Hello,

    a payment for "{ $title }" is rejected. Reason:

    { $detail }

    { $link }

    { $site }
letter-reporting = A report is due at each reporting date; with the last one ({ $final }) the final report with the financial statement.
letter-template-heading = Template for decision letters
letter-template-intro = Every decision letter of this call names this purpose, these conditions and this legal remedy notice; the amount, period, reporting dates and own conditions come from the approval. Letters are written in German.
letter-template-conditions = Standard conditions
letter-template-conditions-hint = Optional. They apply to every grant of this call.
letter-template-save = Save template
