## Action-and-measures concept
concept-kind = Action-and-measures concept
concept-draft-note = This draft is not public yet. Only the coordinators can see it.
concept-decision-link = Decision in the council information system
concept-manage-link = Edit the concept
concept-public-link = See the concept's public page
concept-vision-heading = Vision
concept-fields-heading = Action fields
concept-analysis-heading = Starting point
concept-goal-prefix = Goal:
concept-goal-no-measures = There is no measure for this goal yet.
concept-field-measures = { $count ->
    [0] no measure yet
    [one] 1 measure
   *[other] { $count } measures
}
concept-stage-draft = Draft (not public)
concept-stage-consultation = Draft in public consultation
concept-stage-consultation-until = Draft in public consultation until { $day }
concept-stage-adopted = Adopted
concept-adopted-on = Adopted on { $date } ({ $number })
measure-numbered = Measure { $number }: { $title }

## A measure's status and priority
measure-status-planned = planned
measure-status-preparing = in preparation
measure-status-running = running
measure-status-done = done
measure-status-paused = paused
measure-status-dropped = dropped
measure-priority-high = high
measure-priority-medium = medium
measure-priority-low = low

## A measure's page
measure-reason-label = Reason
measure-goals-heading = Serves these goals
measure-edit-link = Edit the measure
measure-lead-label = Led by
measure-partners-label = Partners
measure-target-groups-label = Target groups
measure-neighbourhoods-label = Neighbourhoods
measure-period-label = Period
measure-priority-label = Priority
measure-cost-label = Estimated cost
measure-funding-label = Funding
measure-from = from { $day }
measure-until = until { $day }

## Editing the concept
concept-manage-title = Edit the concept
concept-manage-intro = Here you write your municipality's action-and-measures concept: title, preamble and vision, the action fields with their starting point, the goals and the measures. While it is a draft, only the coordinators see it.
concept-texts-heading = Title, preamble and vision
concept-title-label = Title of the concept
concept-title-hint = For example "Gelebte Vielfalt in Musterstadt".
concept-preamble-label = Preamble
concept-vision-label = Vision
concept-markdown-hint = Markdown is possible: **bold**, lists with "-", links.
concept-texts-save = Save the texts
concept-stage-heading = Stage of the concept
concept-stage-legend = Stage
concept-stage-hint = A draft is not public. In consultation and once adopted, everyone can read the concept.
concept-consultation-until-label = Comments possible up to and including (optional, only in "Consultation")
concept-consultation-until-hint = After this day the version takes no more comments; its comments stay readable. Without a date, the consultation ends with the adoption. A later date extends the consultation.
concept-decision-legend = Decision (only when "Adopted")
concept-decided-on-label = Date of the decision
concept-decision-number-label = Number of the council paper or decision
concept-decision-number-hint = For example "DS 2025/117".
concept-decision-link-label = Link to the council information system (optional)
concept-decision-link-hint = The paper's address, starting with https://.
concept-stage-save = Save the stage
concept-outline-heading = Action fields, goals and measures
concept-outline-empty = No action fields yet. Add the first one below.
concept-field-edit = Edit the action field
concept-goal-add = Add a goal
concept-goal-edit = edit
measure-add = Add a measure
concept-field-add = Add an action field
concept-field-name-label = Name of the action field
concept-analysis-label = Starting point
concept-analysis-hint = What do you know about the situation in this field? Figures and sources help. Markdown is possible.
concept-field-save = Save the action field
concept-field-edit-title = Edit the action field
concept-goal-add-title = Add a goal
concept-goal-edit-title = Edit the goal
concept-goal-title-label = Goal
concept-goal-description-label = Description
concept-goal-save = Save the goal

## Adding and editing a measure
measure-new-title = Add a measure
measure-title-label = Title of the measure
measure-description-label = Description
measure-main-goal-label = Main goal
measure-choose = Please choose
measure-other-goals-legend = Also serves these goals (optional)
measure-owner-label = Person responsible (role "measure owner")
measure-nobody = nobody
measure-lead-organisation-label = Leading organisation
measure-partners-hint = Verified organisations from the directory.
measure-target-groups-hint = For example "parents of nursery children, newcomers".
measure-neighbourhoods-hint = Leave empty if the measure is for the whole town.
measure-starts-label = Start
measure-ends-label = End
measure-cost-hint = In euros, for example "4,500" or "4,500.50".
measure-funding-hint = For example "state programme WIR" or "budget 2027".
measure-status-legend = Status
measure-status-hint = A measure that has started cannot be "planned" again; one that is done or dropped can run again.
measure-reason-hint = Needed when the measure is dropped; the reason is public.
measure-save = Save the measure

## Errors
concept-title-missing = Please give a title.
concept-title-length = The title may be at most 200 characters long.
concept-text-length = The text is too long.
concept-field-name-missing = Please give the action field a name.
concept-goal-title-missing = Please describe the goal in one sentence.
concept-stage-invalid = Please choose a stage.
concept-decision-date-missing = Please give the date of the decision.
concept-decision-number-missing = Please give the number of the decision (at most 100 characters).
concept-decision-link-invalid = Please give an address starting with https://, or leave the field empty.
concept-texts-first = Please save the concept's title first.
measure-title-missing = Please give the measure a title.
measure-goal-missing = Please choose the measure's main goal.
measure-choice-invalid = This choice does not exist (any more). Please choose again.
measure-ends-before-start = The end is before the start.
measure-priority-invalid = Please choose a priority.
measure-cost-invalid = Please give an amount in euros, for example "4,500".
measure-status-invalid = Please choose a status.
measure-status-ended = A measure that is done or dropped can only run again.
measure-status-started = The measure has already started; it cannot be planned or in preparation any more.
measure-reason-missing = Please give the reason why the measure is dropped.
measure-date-invalid = Please give a date (DD.MM.YYYY).

## Taking an idea up into a measure
take-up-title = Take the idea up into a measure
take-up-intro = Choose the measure this idea went into. The idea gets the status "taken up" (or keeps "partly taken up"); whoever wrote, follows or supports it is told. The pages of the idea and of the measure then show what became of what.
take-up-already = The idea is already taken up into:
take-up-no-measures = There is no measure yet to take it up into. Add measures to the concept first.
take-up-measure-label = Measure
take-up-save = Take it up into the measure
take-up-measure-missing = Please choose a measure.
take-up-link = Take up into a measure
idea-taken-into = Taken up into:
measure-sources-heading = The ideas it came from

## Measures as CSV
measure-csv-number = Number
measure-csv-other-goals = Further goals
measure-csv-cost = Estimated cost (euros)
measure-csv-url = Address
concept-csv-link = All measures as a table (CSV)
concept-measures-total = { $count ->
    [one] 1 measure
   *[other] { $count } measures
}
concept-consultation-until-past = The consultation can end today at the earliest. Choose today or a later day.
concept-consultation-until-invalid = Please enter a date, for example 31/01/2027.
