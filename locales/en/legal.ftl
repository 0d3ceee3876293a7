legal-imprint-title = Imprint
legal-privacy-title = Privacy policy
legal-accessibility-title = Accessibility statement
legal-not-written = This text has not been provided yet.
legal-updated = Last changed on { $date }
legal-edit-link = Edit text
legal-edit-title = Edit { $page }
legal-edit-body-label = Text
legal-edit-body-hint = Markdown: headings with ##, lists with *, links as [text](https://…). Scripts and formatting that create barriers are removed.
legal-edit-submit = Save and publish
legal-edit-length = Please enter a text of at most 100,000 characters.
feedback-heading = Report a barrier
feedback-teaser = Have you come across a barrier on these pages? Tell us – we will take care of it.
feedback-link = Report a barrier
feedback-title = Report a barrier
feedback-intro = Please describe where you ran into a problem. You do not need an account. Name and e-mail address are voluntary; without them we cannot answer you.
feedback-location-label = Where is the barrier? (page or address)
feedback-location-hint = For example “login page” or the address from the address bar.
feedback-problem-label = What is the problem?
feedback-problem-hint = For example: “The button cannot be reached with the keyboard.”
feedback-name-label = Your name
feedback-optional = Voluntary.
feedback-email-label = Your e-mail address
feedback-email-hint = Voluntary. Only to answer you.
feedback-submit = Send feedback
feedback-problem-length = Please describe the problem in 10 to 5,000 characters.
feedback-location-length = Please describe the place more briefly (at most 500 characters).
feedback-name-length = The name may be at most 120 characters long.
feedback-mail-not-given = (not given)
feedback-mail-subject = Barrier reported – { $space }
feedback-mail-body =
    A message came in through the accessibility form of { $space }.

    Where: { $location }

    Problem:
    { $problem }

    Name: { $name }
    E-mail: { $email }

    Under BITV 2.0 the feedback should be answered within six weeks.
legal-netiquette-title = Netiquette
