## Umsetzung einer Maßnahme: Stand, Meilensteine, Indikatoren
measure-progress-heading = Umsetzung
measure-progress-as-of = { $percent } % umgesetzt (Stand: { $day })
measure-percent = { $percent } % umgesetzt
measure-no-updates = Zu dieser Maßnahme gibt es noch keinen Bericht zur Umsetzung.
measure-report-link = Fortschritt melden
measure-updates-heading = Berichte zur Umsetzung
milestones-heading = Meilensteine
milestones-none = Für diese Maßnahme sind keine Meilensteine festgelegt.
milestone-reached-on = erreicht am { $day }
milestone-due-on = geplant bis { $day }
milestone-overdue = überfällig
indicators-heading = Indikatoren
indicators-none = Für diese Maßnahme sind keine Indikatoren festgelegt.
indicator-dated = { $figure } ({ $day })
indicator-baseline-label = Ausgangswert
indicator-target-label = Zielwert
indicator-direction-legend = Besser ist
indicator-direction-higher = ein höherer Wert
indicator-direction-lower = ein niedrigerer Wert
indicator-source-label = Datenquelle
indicator-latest-label = Zuletzt
indicator-way = – { $percent } % des Wegs vom Ausgangswert zum Ziel
indicator-baseline-mark = Ausgangswert { $figure }
indicator-target-mark = Ziel { $figure }
indicator-no-values = Noch keine Werte erfasst.
indicator-values-caption = Erfasste Werte
indicator-value-on-label = Stichtag
indicator-value-label = Wert
indicator-note-label = Quelle oder Anmerkung
indicator-add = Indikator hinzufügen
indicator-edit-link = Indikator bearbeiten
milestones-manage-link = Meilensteine verwalten

## Fortschritt melden
progress-report-title = Fortschritt melden: { $measure }
progress-back-link = Zurück zur Maßnahme
progress-update-heading = Neuer Stand
progress-update-intro = Ihr Bericht erscheint öffentlich auf der Seite der Maßnahme. Wer der Maßnahme folgt und wessen Ideen in sie eingeflossen sind, erfährt davon.
progress-on-label = Stand vom
progress-percent-label = Umgesetzt (in Prozent)
progress-percent-hint = Eine ganze Zahl von 0 bis 100.
progress-text-label = Was ist geschehen?
progress-reason-hint = Nur wenn die Maßnahme pausiert oder aufgegeben wird. Die Begründung ist öffentlich.
progress-photo-1 = Foto 1 zum Bericht (freiwillig)
progress-photo-2 = Foto 2 zum Bericht (freiwillig)
progress-evidence-label = Nachweise
progress-update-save = Stand veröffentlichen
milestone-tick = Als erreicht markieren
milestone-untick = Doch nicht erreicht
indicator-figure-hint = Zum Beispiel „26“ oder „12,5“.
indicator-note-hint = Freiwillig, zum Beispiel „Anwesenheitslisten Februar“.
indicator-value-save = Wert eintragen
indicator-value-remove = Entfernen

## Indikatoren und Meilensteine festlegen
indicator-new-title = Neuer Indikator: { $measure }
indicator-edit-title = Indikator bearbeiten: { $measure }
indicator-form-intro = Ein Indikator zeigt, ob die Maßnahme wirkt: von welchem Wert sie ausgeht, welchen sie bis wann erreichen soll und ob ein höherer oder ein niedrigerer Wert besser ist.
indicator-name-label = Name
indicator-name-hint = Was wird gezählt oder gemessen? Zum Beispiel „Teilnehmende am Sprachcafé je Monat“.
indicator-unit-label = Einheit (freiwillig)
indicator-unit-hint = Zum Beispiel „Personen“ oder „%“.
indicator-target-on-label = Zu erreichen bis
indicator-source-hint = Woher kommen die Zahlen? Zum Beispiel „Statistikstelle der Stadt“.
indicator-save = Indikator speichern
milestones-title = Meilensteine: { $measure }
milestone-add-heading = Meilenstein hinzufügen
milestone-title-label = Meilenstein
milestone-title-hint = Zum Beispiel „Räume gefunden“.
milestone-due-label = Geplant bis
milestone-save = Meilenstein speichern

## Fehler
indicator-name-missing = Bitte geben Sie dem Indikator einen Namen.
indicator-figure-missing = Bitte geben Sie eine Zahl an.
indicator-figure-invalid = Bitte geben Sie eine Zahl an, zum Beispiel „26“ oder „12,5“.
indicator-date-missing = Bitte geben Sie ein Datum an.
indicator-date-invalid = Bitte geben Sie ein gültiges Datum an.
indicator-direction-invalid = Bitte wählen Sie, ob ein höherer oder ein niedrigerer Wert besser ist.
indicator-target-before-baseline = Das Ziel muss nach dem Stichtag des Ausgangswerts liegen.
indicator-target-wrong-way = Der Zielwert liegt auf der schlechteren Seite des Ausgangswerts. Prüfen Sie den Zielwert oder was besser ist.
indicator-value-in-future = Der Stichtag liegt in der Zukunft.
update-in-future = Der Stand kann nicht in der Zukunft liegen.
update-reason-missing = Bitte begründen Sie, warum die Maßnahme pausiert oder aufgegeben wird.
update-percent-invalid = Bitte geben Sie eine ganze Zahl von 0 bis 100 an.
update-done-needs-all = Eine abgeschlossene Maßnahme ist zu 100 % umgesetzt.
update-text-missing = Bitte schreiben Sie, was geschehen ist.
milestone-title-missing = Bitte benennen Sie den Meilenstein.
milestone-choice-invalid = Bitte wählen Sie, ob der Meilenstein erreicht ist.

## Seite zur Umsetzung des Konzepts
progress-title = Umsetzung: { $concept }
progress-concept-link = Zum Konzept
progress-overview-link = Stand der Umsetzung aller Maßnahmen
progress-overview-heading = Überblick
progress-overall = { $count ->
    [one] 1 Maßnahme, zu { $percent } % umgesetzt
   *[other] { $count } Maßnahmen, im Mittel zu { $percent } % umgesetzt
}
progress-percent = { $percent } %
progress-fields-caption = Stand in den Handlungsfeldern
progress-field-label = Handlungsfeld
progress-field-summary = { $count ->
    [one] 1 Maßnahme
   *[other] { $count } Maßnahmen
}: { $running } laufend, { $done } abgeschlossen; im Mittel zu { $percent } % umgesetzt
progress-measures-heading = Maßnahmen
progress-any = alle
progress-organisation-label = Organisation
progress-filter = Filtern
progress-filter-reset = Alle Maßnahmen zeigen
progress-shown = { $shown } von { $count } Maßnahmen
progress-not-reported = noch kein Bericht zur Umsetzung
progress-indicators-intro = Wie weit jeder Indikator vom Ausgangswert zum Ziel gekommen ist. Den Verlauf über die Jahre zeigt die Seite der Maßnahme.
progress-indicators-paged = Gezeigt werden die Indikatoren der Maßnahmen auf dieser Seite.
progress-indicators-chart = Weg vom Ausgangswert zum Ziel je Indikator
progress-indicators-chart-desc = Ein Balken je Indikator: 0 % ist der Ausgangswert, 100 % das Ziel.
progress-way = { $percent } % des Wegs
progress-recent-heading = Neueste Berichte

## Gute Praxis
practice-heading = Gute Praxis
practice-link = Als gute Praxis zeigen
practice-title = Gute Praxis: { $measure }
practice-intro = Was sich bewährt hat, hilft anderen Kommunen. Eine gute Praxis erscheint auf der Seite der Maßnahme und in der Sammlung guter Praxis des Landes.
practice-marked-label = Diese Maßnahme als gute Praxis zeigen
practice-worked-label = Was hat funktioniert?
practice-worked-hint = Zwei, drei Sätze: Was war der Schlüssel zum Erfolg?
practice-cost-label = Was hat es gekostet?
practice-cost-hint = Freiwillig, zum Beispiel „6.000 € im Jahr, davon 4.000 € Landesmittel“.
practice-contact-label = Wen können andere fragen?
practice-contact-hint = Eine Stelle mit Kontakt, zum Beispiel „Integrationsbüro, integration@musterstadt.de“.
practice-save = Speichern
practice-worked-missing = Bitte schreiben Sie, was funktioniert hat.
practice-contact-missing = Bitte nennen Sie, wen andere fragen können.

## Jahresbericht zur Umsetzung
annual-title = Jahresbericht { $year }: { $concept }
annual-link = Jahresbericht { $year }
annual-pdf-link = Diesen Jahresbericht als PDF (barrierefrei)
annual-progress-link = Zum Stand der Umsetzung
annual-period = Berichtszeitraum { $from } bis { $to }
annual-other-years = Andere Jahre:
annual-glance-heading = Das Jahr auf einen Blick
annual-measures = Maßnahmen im Konzept
annual-started = Begonnen
annual-finished = Abgeschlossen
annual-stopped = Pausiert oder aufgegeben
annual-late = Verzögert (geplantes Ende überschritten)
annual-average = Im Mittel umgesetzt (Ende des Zeitraums)
annual-participation-heading = Beteiligung
annual-ideas = Ideen
annual-ideas-value = { $count } (davon { $offline } aus Workshops und auf Papier)
annual-comments = Kommentare zu Ideen
annual-supports = Unterstützungen
annual-survey-responses = Antworten in Umfragen
annual-events = Veranstaltungen
annual-events-value = { $count } (erfasste Teilnahme: { $attendance })
annual-registrations = Anmeldungen zu Veranstaltungen
annual-consultation-comments = Kommentare zum Entwurf des Konzepts
annual-fields-heading = Was in den Handlungsfeldern geschah
annual-field-summary = { $count ->
    [one] 1 Maßnahme
   *[other] { $count } Maßnahmen
}, am Ende des Zeitraums { $running } laufend und { $done } abgeschlossen; { $reports ->
    [one] 1 Bericht
   *[other] { $reports } Berichte
} in diesem Zeitraum.
annual-measures-heading = Maßnahmen: begonnen, abgeschlossen, verzögert
annual-none = Keine.
annual-started-on = begonnen am { $day }
annual-finished-on = abgeschlossen am { $day }
annual-late-note = Geplantes Ende { $day }; Stand am Ende des Zeitraums: { $percent } % umgesetzt
annual-indicators-intro = Wie sich jeder Indikator im Berichtszeitraum bewegt hat: vom Wert zu Beginn des Jahres zum letzten Wert im Jahr, gemessen am Weg vom Ausgangswert zum Ziel.
annual-indicator-start = Zu Beginn des Zeitraums
annual-indicator-end = Am Ende des Zeitraums
annual-indicator-way = Weg zum Ziel
