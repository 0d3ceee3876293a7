legal-imprint-title = Impressum
legal-privacy-title = Datenschutzerklärung
legal-accessibility-title = Erklärung zur Barrierefreiheit
legal-not-written = Dieser Text wurde noch nicht hinterlegt.
legal-updated = Zuletzt geändert am { $date }
legal-edit-link = Text bearbeiten
legal-edit-title = { $page } bearbeiten
legal-edit-body-label = Text
legal-edit-body-hint = Markdown: Überschriften mit ##, Listen mit *, Links als [Text](https://…). Skripte und Formatierungen, die Barrieren schaffen, werden entfernt.
legal-edit-submit = Speichern und veröffentlichen
legal-edit-length = Bitte geben Sie einen Text mit höchstens 100.000 Zeichen an.
feedback-heading = Barriere melden
feedback-teaser = Ist Ihnen auf diesen Seiten eine Barriere aufgefallen? Sagen Sie es uns – wir kümmern uns darum.
feedback-link = Barriere melden
feedback-title = Barriere melden
feedback-intro = Beschreiben Sie bitte, wo Sie auf ein Problem gestoßen sind. Ein Konto brauchen Sie dafür nicht. Name und E-Mail-Adresse sind freiwillig; ohne sie können wir Ihnen nicht antworten.
feedback-location-label = Wo ist die Barriere? (Seite oder Adresse)
feedback-location-hint = Zum Beispiel „Anmeldeseite“ oder die Adresse aus der Adresszeile.
feedback-problem-label = Was ist das Problem?
feedback-problem-hint = Zum Beispiel: „Der Knopf lässt sich mit der Tastatur nicht erreichen.“
feedback-name-label = Ihr Name
feedback-optional = Freiwillig.
feedback-email-label = Ihre E-Mail-Adresse
feedback-email-hint = Freiwillig. Nur für eine Antwort an Sie.
feedback-submit = Rückmeldung senden
feedback-problem-length = Bitte beschreiben Sie das Problem mit 10 bis 5.000 Zeichen.
feedback-location-length = Bitte fassen Sie den Ort kürzer (höchstens 500 Zeichen).
feedback-name-length = Der Name darf höchstens 120 Zeichen lang sein.
feedback-mail-not-given = (nicht angegeben)
feedback-mail-subject = Barriere gemeldet – { $space }
feedback-mail-body =
    Über das Formular zur Barrierefreiheit von { $space } kam eine Rückmeldung.

    Wo: { $location }

    Problem:
    { $problem }

    Name: { $name }
    E-Mail: { $email }

    Nach BITV 2.0 soll die Rückmeldung innerhalb von sechs Wochen beantwortet werden.
legal-netiquette-title = Netiquette
