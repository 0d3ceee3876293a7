## Contributions given offline (workshop cards, paper, phone)

offline-source-workshop = Workshop
offline-source-paper = Paper
offline-source-phone = Phone
offline-source-other = Other way
idea-source-online = Online
ideas-source-filter-label = Source
offline-anonymous = Anonymous
offline-entered-note = Given offline and entered by the coordination.
offline-origin = Source

offline-entry-title = Enter offline contributions
offline-entry-intro = Enter here the ideas people gave on cards, in questionnaires or by phone. Empty cards are skipped. Only enter a name if the person agreed; otherwise the contribution is shown anonymously.
offline-origin-legend = Where do the contributions come from?
offline-source-label = Way
offline-event-label = Event
offline-event-none = No event
offline-note-label = Note on the source
offline-note-hint = For example: workshop "Language & education", 12 March. It is shown with every contribution.
offline-card-legend = Card { $card }
offline-reference-label = Mark on the card
offline-body-label = Text (optional)
offline-choice-none = Not given
offline-name-label = Name (only with consent)
offline-name-hint = Leave empty if the person wants to stay anonymous.
offline-consent-label = The person agrees that their name is shown.
offline-save = Save all cards
offline-more-rows = 5 more cards
offline-card-error = Card { $card }: { $message }
offline-source-missing = Please choose the way the contributions were given.
offline-note-length = Please write at most 200 characters.
offline-title-length = Please give a title of 3 to 140 characters.
offline-reference-length = Please write at most 60 characters.
offline-name-length = Please give the name in at most 200 characters.
offline-consent-missing = A name may only be shown with consent: please tick the consent or leave the name empty.
offline-no-cards = Please fill in at least one card.
notice-offline-saved = The contributions have been entered.
