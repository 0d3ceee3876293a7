## Implementation of a measure: progress, milestones, indicators
measure-progress-heading = Implementation
measure-progress-as-of = { $percent } % done (as of { $day })
measure-percent = { $percent } % done
measure-no-updates = There is no report on the implementation of this measure yet.
measure-report-link = Report progress
measure-updates-heading = Implementation reports
milestones-heading = Milestones
milestones-none = No milestones have been set for this measure.
milestone-reached-on = reached on { $day }
milestone-due-on = planned by { $day }
milestone-overdue = overdue
indicators-heading = Indicators
indicators-none = No indicators have been set for this measure.
indicator-dated = { $figure } ({ $day })
indicator-baseline-label = Baseline
indicator-target-label = Target
indicator-direction-legend = Better is
indicator-direction-higher = a higher figure
indicator-direction-lower = a lower figure
indicator-source-label = Data source
indicator-latest-label = Latest
indicator-way = – { $percent } % of the way from the baseline to the target
indicator-baseline-mark = Baseline { $figure }
indicator-target-mark = Target { $figure }
indicator-no-values = No values recorded yet.
indicator-values-caption = Recorded values
indicator-value-on-label = Date
indicator-value-label = Figure
indicator-note-label = Source or note
indicator-add = Add an indicator
indicator-edit-link = Edit indicator
milestones-manage-link = Manage milestones

## Report progress
progress-report-title = Report progress: { $measure }
progress-back-link = Back to the measure
progress-update-heading = New progress report
progress-update-intro = Your report appears publicly on the measure's page. Everyone who follows the measure, and everyone whose ideas went into it, is told.
progress-on-label = As of
progress-percent-label = Done (in percent)
progress-percent-hint = A whole number from 0 to 100.
progress-text-label = What has happened?
progress-reason-hint = Only when the measure is paused or dropped. The reason is public.
progress-photo-1 = Photo 1 for the report (optional)
progress-photo-2 = Photo 2 for the report (optional)
progress-evidence-label = Evidence
progress-update-save = Publish progress
milestone-tick = Mark as reached
milestone-untick = Not reached after all
indicator-figure-hint = For example "26" or "12.5".
indicator-note-hint = Optional, for example "attendance lists February".
indicator-value-save = Record figure
indicator-value-remove = Remove

## Setting indicators and milestones
indicator-new-title = New indicator: { $measure }
indicator-edit-title = Edit indicator: { $measure }
indicator-form-intro = An indicator shows whether the measure works: the figure it starts from, the figure it should reach by when, and whether a higher or a lower figure is better.
indicator-name-label = Name
indicator-name-hint = What is counted or measured? For example "participants in the language café per month".
indicator-unit-label = Unit (optional)
indicator-unit-hint = For example "people" or "%".
indicator-target-on-label = To be reached by
indicator-source-hint = Where do the figures come from? For example "the town's statistics office".
indicator-save = Save indicator
milestones-title = Milestones: { $measure }
milestone-add-heading = Add a milestone
milestone-title-label = Milestone
milestone-title-hint = For example "premises found".
milestone-due-label = Planned by
milestone-save = Save milestone

## Errors
indicator-name-missing = Please give the indicator a name.
indicator-figure-missing = Please enter a figure.
indicator-figure-invalid = Please enter a figure, for example "26" or "12.5".
indicator-date-missing = Please enter a date.
indicator-date-invalid = Please enter a valid date.
indicator-direction-invalid = Please choose whether a higher or a lower figure is better.
indicator-target-before-baseline = The target must lie after the baseline's date.
indicator-target-wrong-way = The target lies on the worse side of the baseline. Check the target or which way is better.
indicator-value-in-future = The date lies in the future.
update-in-future = A progress report cannot be dated in the future.
update-reason-missing = Please give the reason why the measure is paused or dropped.
update-percent-invalid = Please enter a whole number from 0 to 100.
update-done-needs-all = A measure that is done is 100 % done.
update-text-missing = Please write what has happened.
milestone-title-missing = Please name the milestone.
milestone-choice-invalid = Please choose whether the milestone is reached.

## Page on the implementation of the concept
progress-title = Implementation: { $concept }
progress-concept-link = To the concept
progress-overview-link = Where all measures stand
progress-overview-heading = Overview
progress-overall = { $count ->
    [one] 1 measure, { $percent } % done
   *[other] { $count } measures, { $percent } % done on average
}
progress-percent = { $percent } %
progress-fields-caption = Where the action fields stand
progress-field-label = Action field
progress-field-summary = { $count ->
    [one] 1 measure
   *[other] { $count } measures
}: { $running } running, { $done } done; { $percent } % done on average
progress-measures-heading = Measures
progress-any = all
progress-organisation-label = Organisation
progress-filter = Filter
progress-filter-reset = Show all measures
progress-shown = { $shown } of { $count } measures
progress-not-reported = no implementation report yet
progress-indicators-intro = How far each indicator has come from its baseline towards its target. The measure's page shows the course over the years.
progress-indicators-paged = Shown are the indicators of the measures on this page.
progress-indicators-chart = Way from the baseline to the target per indicator
progress-indicators-chart-desc = One bar per indicator: 0 % is the baseline, 100 % the target.
progress-way = { $percent } % of the way
progress-recent-heading = Latest reports

## Good practice
practice-heading = Good practice
practice-link = Show as good practice
practice-title = Good practice: { $measure }
practice-intro = What has proven itself helps other municipalities. Good practice appears on the measure's page and in the state's collection of good practice.
practice-marked-label = Show this measure as good practice
practice-worked-label = What worked?
practice-worked-hint = Two or three sentences: what was the key to success?
practice-cost-label = What did it cost?
practice-cost-hint = Optional, for example "6,000 € a year, 4,000 € of it from the state".
practice-contact-label = Whom can others ask?
practice-contact-hint = An office with a contact, for example "Integration office, integration@musterstadt.de".
practice-save = Save
practice-worked-missing = Please write what worked.
practice-contact-missing = Please name whom others can ask.

## Annual report on the implementation
annual-title = Annual report { $year }: { $concept }
annual-link = Annual report { $year }
annual-pdf-link = This annual report as PDF (accessible)
annual-progress-link = To where the implementation stands
annual-period = Reporting period { $from } to { $to }
annual-other-years = Other years:
annual-glance-heading = The year at a glance
annual-measures = Measures in the concept
annual-started = Started
annual-finished = Finished
annual-stopped = Paused or dropped
annual-late = Late (past their planned end)
annual-average = Done on average (end of the period)
annual-participation-heading = Participation
annual-ideas = Ideas
annual-ideas-value = { $count } (of them { $offline } from workshops and on paper)
annual-comments = Comments on ideas
annual-supports = Supports
annual-survey-responses = Survey responses
annual-events = Events
annual-events-value = { $count } (attendance recorded: { $attendance })
annual-registrations = Event registrations
annual-consultation-comments = Comments on the draft concept
annual-fields-heading = What happened in the action fields
annual-field-summary = { $count ->
    [one] 1 measure
   *[other] { $count } measures
}, at the end of the period { $running } running and { $done } finished; { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} in this period.
annual-measures-heading = Measures: started, finished, late
annual-none = None.
annual-started-on = started on { $day }
annual-finished-on = finished on { $day }
annual-late-note = Planned end { $day }; at the end of the period { $percent } % done
annual-indicators-intro = How each indicator moved in the reporting period: from its value at the start of the year to its last value in the year, measured on the way from the baseline to the target.
annual-indicator-start = At the start of the period
annual-indicator-end = At the end of the period
annual-indicator-way = Way to the target
