## Umfragen: Liste, Beantworten, Baukasten, Papierfragebögen, Ergebnisse

surveys-title = Umfragen
surveys-intro = Ihre Meinung zählt: Beantworten Sie die Umfragen der Gemeinde. Sie dauern meist nur wenige Minuten.
surveys-open = Laufende Umfragen
surveys-none-open = Zurzeit läuft keine Umfrage.
surveys-closed = Beendete Umfragen
survey-stage-not-yet = Beginnt am { $day }
survey-stage-open = Läuft bis { $day }
survey-stage-closed = Beendet am { $day }
survey-identity-anonymous = anonym
survey-identity-signed = mit Ihrem Namen
survey-responses-count = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
survey-responses = Antworten
survey-results-link = Ergebnisse ansehen
survey-manage-link = Umfrage verwalten
survey-when = Zeitraum
survey-back = Zur Umfrage

## Beantworten
survey-privacy-anonymous = Diese Umfrage ist anonym. Ihre Antworten werden ohne Ihren Namen, ohne Ihr Konto und ohne Ihre Internet-Adresse gespeichert, mit dem Tag, aber ohne Uhrzeit. Gespeichert wird nur, dass Sie teilgenommen haben, damit niemand zweimal antwortet – getrennt von Ihren Antworten. Ihre Antworten werden mit denen von vier weiteren Personen zusammen in zufälliger Reihenfolge abgelegt, so dass nicht einmal die Reihenfolge verrät, welche Antworten von Ihnen stammen.
survey-privacy-signed = Bei dieser Umfrage wird Ihr Name mit Ihren Antworten gespeichert. Die Koordination der Gemeinde sieht, wer was geantwortet hat. Veröffentlicht werden nur zusammengefasste Ergebnisse.
survey-required-note = Fragen ohne den Zusatz „freiwillig“ müssen beantwortet werden.
survey-optional = freiwillig
survey-send = Antworten absenden
survey-save-draft = Zwischenspeichern und später weitermachen
survey-draft-note = Zwischengespeicherte Antworten sieht niemand außer Ihnen; sie bleiben, bis Sie absenden.
survey-draft-note-anonymous = Zwischengespeicherte Antworten liegen bis zum Absenden bei Ihrem Konto, sichtbar nur für Sie. Beim Absenden werden sie gelöscht, und Ihre Antworten werden ohne Konto gespeichert.
survey-draft-loaded = Ihre zwischengespeicherten Antworten sind eingetragen.
survey-login-note = Um an dieser Umfrage teilzunehmen, melden Sie sich bitte an. So kann jede Person nur einmal antworten.
survey-login-button = Anmelden und teilnehmen
survey-already-answered-note = Sie haben diese Umfrage bereits beantwortet. Vielen Dank!
survey-closed-note = Diese Umfrage ist beendet. Antworten sind nicht mehr möglich.
survey-closed-meanwhile = Die Umfrage ist inzwischen beendet. Ihre Antworten konnten nicht mehr gespeichert werden.
survey-preview-note = Vorschau: Die Umfrage hat noch nicht begonnen. Nur die Koordination sieht diese Seite.
survey-already-answered = Sie haben diese Umfrage bereits beantwortet.
survey-scale-low = trifft gar nicht zu
survey-scale-high = trifft voll zu
survey-rank-none = – Platz wählen –
survey-rank-prefix = Platz
survey-hint-between = Wählen Sie { $min } bis { $max } Antworten.
survey-hint-at-least = Wählen Sie mindestens { $min } Antworten.
survey-hint-at-most = Wählen Sie höchstens { $max } Antworten.
survey-hint-any = Mehrere Antworten sind möglich.
survey-hint-ranking = Geben Sie jeder Antwort einen eigenen Platz, Platz 1 ist Ihnen am wichtigsten.
survey-hint-condition = Nur beantworten, wenn Sie bei „{ $question }“ „{ $answer }“ gewählt haben.
survey-problem = Frage { $number }: { $message }
survey-answer-required = Bitte beantworten Sie diese Frage.
survey-answer-invalid = Diese Antwort gibt es nicht. Bitte wählen Sie eine der genannten Antworten.
survey-answer-too-few = Bitte wählen Sie mehr Antworten aus, wie beim Hinweis angegeben.
survey-answer-too-many = Bitte wählen Sie weniger Antworten aus, wie beim Hinweis angegeben.
survey-answer-too-long = Ihre Antwort ist zu lang. Bitte fassen Sie sich kürzer (höchstens 5.000 Zeichen).
survey-answer-ranking-incomplete = Bitte geben Sie jeder Antwort einen Platz und jeden Platz nur einmal.
survey-answer-matrix-incomplete = Bitte beantworten Sie jede Zeile.
survey-response-empty = Bitte beantworten Sie mindestens eine Frage.
notice-survey-answered = Vielen Dank! Ihre Antworten sind gespeichert.
notice-survey-draft-saved = Ihre Antworten sind zwischengespeichert. Sie können später hier weitermachen.
notice-survey-paper-saved = Der Papierfragebogen ist eingetragen. Das Formular ist bereit für den nächsten.

## Anlegen und Einstellungen
survey-new-title = Umfrage anlegen
survey-settings-title = Einstellungen der Umfrage
survey-title-label = Titel
survey-intro-label = Einleitung
survey-intro-hint = Worum geht es, wie lange dauert es, was geschieht mit den Ergebnissen? Markdown ist möglich.
survey-identity-legend = Anonym oder mit Namen
survey-identity-hint = Anonyme Antworten sind mit keinem Konto verbunden, auch nicht in der Datenbank.
survey-identity-anonymous-label = Anonym
survey-identity-signed-label = Mit Namen (die Koordination sieht, wer geantwortet hat)
survey-access-legend = Wer darf antworten?
survey-access-hint = Jede Person antwortet nur einmal: mit Konto einmal je Konto, ohne Konto einmal je Browser.
survey-access-accounts = Nur angemeldete Personen
survey-access-public = Alle, auch ohne Konto (nur bei anonymen Umfragen)
survey-dates-legend = Zeitraum
survey-opens-label = Beginnt am
survey-closes-label = Endet am
survey-closes-hint = Am letzten Tag kann noch bis Mitternacht geantwortet werden.
survey-results-public-label = Zusammengefasste Ergebnisse für alle veröffentlichen
survey-save = Umfrage speichern
survey-title-length = Bitte geben Sie einen Titel mit 3 bis 200 Zeichen ein.
survey-intro-length = Die Einleitung darf höchstens 20.000 Zeichen lang sein.
survey-identity-missing = Bitte wählen Sie, ob die Umfrage anonym ist.
survey-access-missing = Bitte wählen Sie, wer antworten darf.
survey-public-needs-anonymous = Ohne Konto kann nur an anonymen Umfragen teilgenommen werden.
survey-date-invalid = Bitte geben Sie ein Datum ein, zum Beispiel 31.03.2027.
survey-closes-before-opens = Das Ende muss nach dem Beginn liegen.
survey-identity-locked = Es gibt schon Antworten. Ob die Umfrage anonym ist und wer antworten darf, bleibt deshalb, wie es war.
survey-identity-locked-note = Es gibt schon Antworten: Anonymität und Teilnahme bleiben, wie sie waren.

## Baukasten
survey-open-page = Umfrage-Seite öffnen
survey-questions-heading = Fragen
survey-no-questions = Die Umfrage hat noch keine Fragen. Fügen Sie unten die erste hinzu.
survey-locked-note = Es gibt schon Antworten. Die Fragen können deshalb nicht mehr geändert werden.
survey-required = Pflichtfrage
survey-question-add = Frage hinzufügen
survey-question-add-hint = Wählen Sie die Art der Frage. Felder, die zur gewählten Art nicht passen, werden nicht beachtet.
survey-question-edit = Bearbeiten
survey-question-edit-title = Frage bearbeiten
survey-question-up = Nach oben
survey-question-down = Nach unten
survey-question-remove = Entfernen
survey-question-save = Frage speichern
survey-question-kind-label = Art der Frage
survey-kind-section = Abschnitt (Überschrift mit Text)
survey-kind-single = Eine Antwort wählen
survey-kind-multiple = Mehrere Antworten wählen
survey-kind-text = Freitext
survey-kind-scale = Skala von 1 bis 5
survey-kind-ranking = Rangfolge
survey-kind-matrix = Matrix (Zeilen mit Skala 1 bis 5)
survey-question-prompt-label = Frage (bei Abschnitten: Überschrift)
survey-question-prompt-hint = Kurz und in einfacher Sprache.
survey-question-help-label = Erklärung (freiwillig)
survey-question-required-label = Pflichtfrage
survey-question-options-label = Antworten
survey-question-options-hint = Eine Antwort je Zeile, 2 bis 20. Für „Eine Antwort“, „Mehrere Antworten“ und „Rangfolge“.
survey-question-limits-legend = Bei „Mehrere Antworten“: wie viele?
survey-question-min-label = Mindestens
survey-question-max-label = Höchstens
survey-question-scale-legend = Bei Skala und Matrix: Beschriftung der Enden
survey-question-low-label = Bedeutung von 1
survey-question-high-label = Bedeutung von 5
survey-question-rows-label = Zeilen der Matrix
survey-question-rows-hint = Eine Zeile je Zeile, 1 bis 20.
survey-question-condition-label = Nur zeigen, wenn …
survey-question-condition-none = immer zeigen
survey-condition-choice = bei Frage { $number } („{ $question }“) „{ $answer }“ gewählt wurde
survey-question-kind-missing = Bitte wählen Sie die Art der Frage.
survey-question-prompt-length = Bitte geben Sie die Frage ein (höchstens 500 Zeichen).
survey-question-help-length = Die Erklärung darf höchstens 2.000 Zeichen lang sein.
survey-question-options-count = Bitte geben Sie 2 bis 20 Antworten ein, eine je Zeile.
survey-question-options-repeated = Jede Antwort darf nur einmal vorkommen.
survey-question-option-length = Eine Antwort darf höchstens 200 Zeichen lang sein.
survey-question-rows-count = Bitte geben Sie 1 bis 20 Zeilen ein, jede höchstens 200 Zeichen lang.
survey-question-count-invalid = Bitte geben Sie eine ganze Zahl ein.
survey-question-max-range = „Höchstens“ muss zwischen 1 und der Zahl der Antworten liegen.
survey-question-min-above-max = „Mindestens“ darf nicht größer als „Höchstens“ sein.
survey-question-label-length = Die Beschriftung darf höchstens 60 Zeichen lang sein.
survey-question-condition-invalid = Bitte wählen Sie eine Antwort einer Frage weiter oben.
survey-locked = Es gibt schon Antworten. Die Fragen können nicht mehr geändert werden.
survey-question-has-dependents = Eine andere Frage wird nur bei einer Antwort dieser Frage gezeigt. Ändern Sie zuerst diese Bedingung.
survey-question-order-condition = Eine Frage muss nach der Frage stehen, von der sie abhängt.

## Papierfragebögen
survey-paper-title = Papierfragebögen eintragen
survey-paper-intro = Tragen Sie einen ausgefüllten Papierfragebogen ein. Er zählt als Antwort „Papier“ und wird mit keinem Konto verbunden.
survey-paper-entered = { $count ->
    [one] Bisher ist 1 Papierfragebogen eingetragen.
   *[other] Bisher sind { $count } Papierfragebögen eingetragen.
}
survey-paper-save = Fragebogen eintragen

## Ergebnisse
survey-results-title = Ergebnisse: { $title }
survey-results-totals = { $count } Antworten, davon { $online } online und { $paper } auf Papier.
survey-results-few-answers = Weniger als 5 Antworten.
survey-results-all = Alle Antworten
survey-source-online = Online
survey-source-paper = Papier
survey-results-filter-label = Antworten nach Herkunft
survey-results-filtered = Gezeigt:
survey-results-print = Druckansicht
survey-results-print-hint = Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers (Strg+P).
survey-results-small-hidden = Zahlen unter 5 werden zum Schutz der Teilnehmenden als „< 5“ gezeigt.
survey-results-too-few = Es gibt noch zu wenige Antworten, um Ergebnisse zu zeigen.
survey-results-answered = { $count ->
    [one] 1 Person hat geantwortet.
   *[other] { $count } Personen haben geantwortet.
}
survey-results-choice = Antwort
survey-results-count = Anzahl
survey-results-share = Anteil
survey-results-point = Wert
survey-results-mean = Durchschnitt: { $mean } (1 bis 5)
survey-results-mean-heading = Durchschnitt
survey-results-mean-shown = Ø { $mean }
survey-results-average-rank = Durchschnittlicher Platz
survey-results-first = Auf Platz 1
survey-results-rank-shown = Ø Platz { $rank }
survey-results-row = Zeile
survey-results-no-texts = Noch keine Antworten.
survey-results-texts-private = Freitexte sieht nur die Koordination.
survey-results-more-texts = … und { $count } weitere (in der CSV-Datei).
survey-csv-link = Alle Antworten als CSV
survey-csv-number = Nr.
survey-csv-day = Tag
survey-csv-source = Herkunft
survey-csv-person = Person
survey-csv-rank = Platz
