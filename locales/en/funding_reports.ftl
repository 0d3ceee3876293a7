## Reports on a grant: interim reports and the final report (proof of use)
application-status-closed = Closed
reports-heading = Reports
reports-report = Report
report-interim-title = Interim report { $number }
report-final-title = Final report (proof of use)
report-status-none = Not started
report-status-draft = Draft
report-status-submitted = Submitted, in review
report-status-returned = Returned for revision
report-status-accepted = Accepted
report-due-label = Due on
report-submitted-label = Submitted on
report-interim-intro = The interim report says how the project is going so far and lists the receipts up to today.
report-final-intro = The final report concludes the project: the narrative, the financial statement with every receipt, and where the strategy stands. The programme office settles the grant with it.
report-returned-heading = The programme office asks for a revision
report-narrative-heading = Narrative
report-narrative-intro = The fields are prefilled from what you entered on the platform: the concept's stage, participation figures since the grant began, the council's decision. Please complete and correct them.
report-process-label = How the process went
report-process-hint = What happened? Which formats took place, and what went differently from the plan?
report-participation-label = Participation
report-participation-hint = Who took part, and how were hard-to-reach groups reached? The figures come from the platform.
report-strategy-label = Where the strategy stands
report-strategy-hint = Has the council adopted the strategy? With date and document number. Required for the final report.
report-receipts-heading = Receipts
report-receipts-intro = Enter every expense with date, payee, purpose and amount, and book it to a line of the approved cost plan. The actual costs per line come from the receipts. Each save adds an empty row.
report-receipts-none = No receipts listed.
report-receipt-legend = Receipt { $n }
report-receipt-on = Date
report-receipt-payee = Payee
report-receipt-what = What for
report-receipt-line = Cost-plan line
report-receipt-line-choose = Choose a line
report-receipt-amount = Amount in euros
report-receipt-add = Save and add a receipt
grant-report-submit = Submit report
statement-heading = Financial statement
statement-intro = Plan and actual costs per line of the approved cost plan, computed from the saved receipts.
statement-caption = Cost plan and actual costs
statement-line = Cost-plan line
statement-planned = Planned
statement-actual = Actual
statement-deviation = Deviation
statement-percent = Deviation in %
statement-flag = over 20 %
statement-total = Total
statement-within = Every line is within { $percent } % of the plan.
statement-flagged = { $count ->
    [one] One line deviates from the plan by more than { $percent } %; please explain it in the narrative.
   *[other] { $count } lines deviate from the plan by more than { $percent } %; please explain them in the narrative.
}
report-text-missing = Please fill in this field.
report-text-too-long = Please shorten the text to at most 20,000 characters.
report-receipt-invalid = Please give a date, payee, purpose, a cost-plan line and an amount above €0.
report-receipts-missing = The final report needs at least one receipt.
report-prefill-period = Period: { $period }
report-prefill-no-concept = The action concept is not on the platform yet.
report-prefill-not-adopted = The council has not adopted the strategy yet.
report-prefill-process = { $title }: { $stage }. { $measures } measures, { $running } of them running and { $done } done.
report-decision-heading = Decision
report-accept-note = Accepting settles the interim report; the municipality is notified.
report-accept = Accept interim report
report-close-heading = Accept the final report and close the grant
report-settlement = Proposal: actual costs of { $actual } justify a grant of { $justified } under the financing plan and the funding rate. { $paid } has been paid; { $repayment } would be asked back.
report-repayment-label = Repayment in euros
report-repayment-hint = 0 if nothing is to be paid back. At most what was paid.
report-repayment-invalid = Please enter an amount of €0 or more, e.g. 1,500.
report-repayment-above-paid = At most what was paid can be asked back.
report-repayment-above-paid-title = The repayment is too high
report-close = Accept and close
report-return-heading = Return for revision
report-return-label = What should the municipality change?
report-return-hint = The municipality sees this message with the report and gets it by e-mail.
report-return = Return
report-not-open-title = There is no open report for this grant
report-not-open = Reports are written for approved grants until they are closed.
report-not-editable-title = The report is submitted
report-not-editable = A submitted report can be changed again once the programme office returns it.
report-not-submitted-title = This report has been decided
report-not-submitted = Someone else has accepted or returned it in the meantime.
report-final-closes-title = The final report closes the grant
report-final-closes = Accept it with "Accept and close" and give the repayment.
report-not-final-title = This is an interim report
report-not-final = A grant is closed with its final report.
report-payments-open-title = Payments are still open
report-payments-open = Please decide on the requested payments first.
ledger-repayment = Asked back
ledger-final = Final grant
notice-report-submitted = The report is submitted. The programme office has been notified.
notice-report-accepted = The interim report is accepted. The municipality has been notified.
notice-report-returned = The report is returned. The municipality has been notified.
notice-grant-closed = The grant is closed. The municipality has been notified.
mail-report-submitted-subject = Report submitted: { $title }
mail-report-submitted-body = Hello,

    { $municipality } has submitted "{ $detail }" for "{ $title }".

    Review it: { $link }

    { $site }
mail-report-returned-subject = Report returned: { $title }
mail-report-returned-body = Hello,

    the programme office asks you to revise the report on "{ $title }":

    { $detail }

    { $link }

    { $site }
mail-report-accepted-subject = Report accepted: { $title }
mail-report-accepted-body = Hello,

    the programme office has accepted "{ $detail }" on "{ $title }".

    { $link }

    { $site }
mail-grant-closed-subject = Grant closed: { $title }
mail-grant-closed-body = Hello,

    the programme office has accepted the final report on "{ $title }" and closed the grant. Asked back: { $detail }.

    { $link }

    { $site }
mail-report-reminder-subject = Report due: { $title }
mail-report-reminder-body = Hello,

    for "{ $title }" this is due: { $detail }.

    The report is prefilled on the platform: { $link }

    { $site }
report-reminder-detail = { $report } on { $day }
statement-spent = Spent up to this report: { $actual } of { $planned } planned ({ $share } %).
statement-over = { $count ->
    [one] One line is more than { $percent } % above the plan.
   *[other] { $count } lines are more than { $percent } % above the plan.
}
