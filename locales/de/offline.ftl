## Beiträge, die offline gegeben wurden (Workshop-Karten, Papier, Telefon)

offline-source-workshop = Workshop
offline-source-paper = Papier
offline-source-phone = Telefon
offline-source-other = Anderer Weg
idea-source-online = Online
ideas-source-filter-label = Herkunft
offline-anonymous = Anonym
offline-entered-note = Offline gegeben und von der Koordination eingetragen.
offline-origin = Herkunft

offline-entry-title = Offline-Beiträge eintragen
offline-entry-intro = Tragen Sie hier Ideen ein, die Menschen auf Karten, in Fragebögen oder am Telefon gegeben haben. Leere Karten werden übergangen. Einen Namen tragen Sie nur ein, wenn die Person zugestimmt hat; sonst erscheint der Beitrag anonym.
offline-origin-legend = Woher stammen die Beiträge?
offline-source-label = Weg
offline-event-label = Veranstaltung
offline-event-none = Keine Veranstaltung
offline-note-label = Hinweis zur Herkunft
offline-note-hint = Zum Beispiel: Workshop „Sprache & Bildung“, 12. März. Er steht bei jedem Beitrag.
offline-card-legend = Karte { $card }
offline-reference-label = Kennzeichen der Karte
offline-body-label = Text (freiwillig)
offline-choice-none = Keine Angabe
offline-name-label = Name (nur mit Einwilligung)
offline-name-hint = Leer lassen, wenn die Person anonym bleiben möchte.
offline-consent-label = Die Person ist einverstanden, dass ihr Name gezeigt wird.
offline-save = Alle Karten speichern
offline-more-rows = 5 weitere Karten
offline-card-error = Karte { $card }: { $message }
offline-source-missing = Bitte wählen Sie, auf welchem Weg die Beiträge gegeben wurden.
offline-note-length = Bitte schreiben Sie höchstens 200 Zeichen.
offline-title-length = Bitte geben Sie einen Titel mit 3 bis 140 Zeichen an.
offline-reference-length = Bitte schreiben Sie höchstens 60 Zeichen.
offline-name-length = Bitte geben Sie den Namen mit höchstens 200 Zeichen an.
offline-consent-missing = Ein Name darf nur mit Einwilligung erscheinen: Bitte haken Sie die Einwilligung an oder lassen Sie den Namen leer.
offline-no-cards = Bitte füllen Sie mindestens eine Karte aus.
notice-offline-saved = Die Beiträge sind eingetragen.
