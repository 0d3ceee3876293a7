## Events: list, page, registration, the coordinator's forms

events-title = Events
events-intro = Workshops, citizens' evenings and information events on the strategy: come along and have your say.
events-upcoming = Coming up
events-none = No events are planned at the moment.
events-all = All events
events-past = Past events
event-cancelled = Cancelled
event-kind-workshop = Workshop
event-kind-citizens-evening = Citizens' evening
event-kind-info-event = Information event
event-kind-online-meeting = Online meeting
event-places-free = { $free ->
    [one] 1 place left
   *[other] { $free } places left
  } of { $capacity }.
event-places-full = All places are taken. { $waiting ->
    [0] You can join the waiting list.
    [one] 1 person is on the waiting list.
   *[other] { $waiting } people are on the waiting list.
  }
event-online = Online
event-place = Place
event-deadline = Register by
event-languages = Languages
event-interpretation = Interpreting
event-target-groups = For
event-accessibility = Accessibility
event-step-free = Step-free access
event-not-step-free = No step-free access
event-hearing-loop = Hearing loop available
event-online-link = Link to take part

registration-heading = Registration
registration-you-are-registered = You are registered.
registration-you-are-waiting = You are on the waiting list. If a place becomes free, you move up and get an e-mail.
registration-cancel = Cancel my registration
registration-closed = Registration for this event is closed.
registration-login = Log in to take part
registration-needs = What do you need to take part? (optional)
registration-interpretation = Interpreting into
registration-interpretation-hint = For example Arabic, Turkish or Ukrainian.
registration-sign-language = Sign language
registration-childcare = Childcare
registration-step-free = Step-free access
registration-note = Anything else?
registration-submit = Register for the event
registration-interpretation-length = Please name the language in at most 80 characters.
registration-note-length = Please write at most 500 characters.
event-registration-closed = Registration is closed: the deadline has passed or the event was cancelled.

event-cancel-title = Cancel registration
event-cancel-question = Do you want to cancel your registration? Your place then goes to the first person on the waiting list.
event-cancel-unknown = Registration not found
event-cancel-unknown-text = This registration no longer exists. Perhaps it was already cancelled.

notice-event-registered = You are registered. We have sent you a confirmation.
notice-event-waiting = All places are taken: you are on the waiting list and will get an e-mail as soon as you move up.
notice-event-cancelled = Your registration is cancelled.

event-new-title = Add an event
event-edit-title = Edit event
event-title-label = Title
event-kind-label = Kind
event-kind-choose = Please choose
event-description-label = Description
event-description-hint = What is it about, how will it go? Markdown is possible.
event-time-legend = When
event-starts-label = Starts
event-ends-label = Ends
event-time-hint = German local time, for example 12/03/2027, 18:00.
event-place-legend = Where
event-place-label = Place (name)
event-address-label = Address
event-address-hint = Street, number, town. Leave empty for online meetings.
event-step-free-label = Step-free access
event-hearing-loop-label = Hearing loop available
event-notes-label = Accessibility notes
event-notes-hint = For example: lift at the side entrance, accessible toilet on the ground floor.
event-link-label = Link to take part online
event-link-hint = Required for online meetings. Registered people see it.
event-registration-legend = Registration
event-capacity-label = Places
event-capacity-hint = Leave empty if there is no limit. When all places are taken, others go on the waiting list.
event-deadline-label = Registration deadline
event-deadline-hint = Leave empty: registration until the start.
event-languages-label = Languages
event-languages-hint = Which languages are spoken? For example German, Turkish.
event-interpretation-label = Interpreting
event-interpretation-hint = Which interpreting is offered? For example Arabic, sign language.
event-target-groups-label = For
event-target-groups-hint = For example parents, associations, young people.
event-save = Save
event-cancel-editing = Cancel
event-title-length = Please give a title of 3 to 200 characters.
event-description-length = The description may be at most 20,000 characters long.
event-kind-missing = Please choose the kind of event.
event-time-invalid = Please give a date and time, for example 12/03/2027, 18:00.
event-ends-before-start = The end must be after the start.
event-too-long = An event lasts at most 14 days.
event-place-length = Please name the place in at most 200 characters.
event-address-length = Please give the address in at most 300 characters.
event-address-missing = Please give the address so that everyone finds the place.
event-notes-length = Please write at most 1,000 characters.
event-link-invalid = Please give a web address starting with https://.
event-link-missing = An online meeting needs the link to take part.
event-capacity-invalid = Please give the number of places as a whole number from 1 to 100,000.
event-deadline-after-start = The registration deadline must be before the start.
event-list-length = Please write at most 300 characters.

attendees-link = Registrations
attendees-title = Registrations: { $event }
attendees-csv = Download the attendance list as CSV
attendees-registered-heading = Registered
attendees-waiting-heading = Waiting list
attendees-none = Nobody.
attendees-name = Name
attendees-email = E-mail
attendees-placement = State
attendees-needs = Needs
attendees-registered-at = Registered on
attendees-registered = registered
attendees-waiting = waiting list

mail-event-registered-subject = Registration confirmed: { $event }
mail-event-registered-body =
    Hello,

    you are registered for "{ $event }" ({ $municipality }).

    When: { $when }
    Where: { $place }
    All about the event: { $link }

    If you cannot come, please cancel your registration so that someone else gets your place:
    { $cancel }
mail-event-waiting-subject = Waiting list: { $event }
mail-event-waiting-body =
    Hello,

    all places for "{ $event }" ({ $municipality }) are taken. You are on the waiting list. If a place becomes free, you move up automatically and get an e-mail.

    When: { $when }
    Where: { $place }
    All about the event: { $link }

    If you no longer want to wait:
    { $cancel }
mail-event-promoted-subject = You have a place: { $event }
mail-event-promoted-body =
    Hello,

    a place has become free: you are now registered for "{ $event }" ({ $municipality }).

    When: { $when }
    Where: { $place }
    All about the event: { $link }

event-add-to-calendar = Add to my calendar (.ics)
events-feed-name = { $municipality }: events
events-subscribe = Subscribe to all events in your calendar
events-subscribe-hint = Copy this address into your calendar program (for example "Add calendar from the internet"). New and changed events then appear by themselves.

registration-guest-intro = You can register without an account: give your name and e-mail address. We send you a link to confirm; only then is your place reserved.
registration-name = Your name
registration-email = Your e-mail address
registration-email-hint = We only use it for this event: confirmation, changes, and if it is cancelled.
registration-guest-privacy = The coordinators of the municipality see your name, address and needs. We delete them 30 days after the event.
registration-or-login = Do you have an account?
registration-name-length = Please give your name (at most 200 characters).
notice-event-check-mail = Please check your e-mails: we have sent you a link to confirm your registration. It works for 48 hours.
notice-event-closed = Registration for this event is closed.

event-confirm-title = Confirm registration
event-confirm-question = Please confirm that you want to take part. You then get a place, or a place on the waiting list if all are taken.
event-confirm-submit = Confirm registration
event-confirm-unknown = Link not valid
event-confirm-unknown-text = This link no longer works: it was already used or is older than 48 hours. You can register again on the event's page.

attendees-guest = without account
attendees-with-account = with account
attendees-account = Account

event-message-heading = Write to the participants
event-message-intro = Everyone you choose gets the message by e-mail, with a link to the event. Their addresses are not shown to each other.
event-message-audience = To
event-message-audience-registered = Registered people
event-message-audience-waiting = People on the waiting list
event-message-audience-all = Everyone registered or waiting
event-message-subject = Subject
event-message-body = Message
event-message-body-hint = Plain text. For example: the room has changed, please bring something.
event-message-send = Send message
event-message-sent-heading = Messages sent
event-message-recipients = { $count ->
    [one] sent to 1 person
   *[other] sent to { $count } people
  }
event-message-audience-missing = Please choose whom the message is for.
event-message-subject-length = Please give a subject of 3 to 150 characters.
event-message-body-length = Please write a message of 10 to 5,000 characters.
event-message-nobody = Nobody is registered in this group yet: the message was not sent.
notice-event-message-sent = The message has been sent.

event-call-off-heading = Call off the event
event-call-off-intro = Everyone registered or on the waiting list is told by e-mail, with your reason. The reason is also shown on the event's page. This cannot be undone.
event-call-off-reason = Reason
event-call-off-reason-hint = For example: the hall is closed; we will announce a new date.
event-call-off-submit = Call off the event
event-call-off-done = This event has been called off.
event-call-off-reason-length = Please give the reason in 5 to 1,000 characters.
notice-event-called-off = The event has been called off. Everyone registered is being told.

mail-event-confirm-subject = Please confirm: { $event }
mail-event-confirm-body =
    Hello,

    someone, probably you, wants to register with this address for "{ $event }" ({ $municipality }).

    When: { $when }
    Where: { $place }

    To confirm, open this link within 48 hours and press "Confirm registration":
    { $confirm }

    If it was not you, ignore this mail: nothing is reserved and the address is deleted.
mail-event-called-off-subject = Called off: { $event }
mail-event-called-off-body =
    Hello,

    unfortunately "{ $event }" ({ $municipality }) on { $when } has been called off.

    Reason: { $reason }

    Your registration is cancelled; you need not do anything. The event's page: { $link }
event-message-mail-footer = You get this message because you registered for "{ $event }" ({ $municipality }): { $link }

event-contributions-heading = Contributions from this event
event-enter-cards = Enter the cards of this event
event-over = This event has taken place.

## An event's results
event-results-heading = Results
event-results-form-title = Record the results
event-results-intro = Record what came of the event: a report, how many people came, and up to three photos. Enter what the participants contributed with "Enter the cards of this event".
event-results-report-label = Report
event-results-report-hint = What was discussed, what are the next steps? Markdown is possible.
event-results-attendance-label = Participants in all
event-results-attendance-hint = A whole number; leave it empty if nobody counted.
event-results-bands-hint = If you counted or asked (voluntarily, without names): how many participants fall into which group. Every figure is voluntary; whoever was not counted appears as "not stated". For each question the sum may not be more than the participants in all.
event-results-band = Group
event-results-people = People
event-results-save = Save the results
event-results-attendance = { $count ->
    [one] 1 person took part.
   *[other] { $count } people took part.
}
event-results-report-length = The report may be at most 50,000 characters long.
event-results-count-invalid = Please enter a whole number (or leave the field empty).
event-results-attendance-missing = Please give the number of participants when you count by group.
event-results-bands-above-total = Together these are more people than the participants in all.
event-results-bands-note = Groups of fewer than 5 people are not shown exactly, so that nobody can be recognised.
event-photo-1 = Photo 1
event-photo-2 = Photo 2
event-photo-3 = Photo 3
