## Handlungs- und Maßnahmenkonzept
concept-kind = Handlungs- und Maßnahmenkonzept
concept-draft-note = Dieser Entwurf ist noch nicht öffentlich. Nur die Koordination sieht ihn.
concept-decision-link = Beschluss im Ratsinformationssystem
concept-manage-link = Konzept bearbeiten
concept-public-link = Öffentliche Seite des Konzepts ansehen
concept-vision-heading = Leitbild
concept-fields-heading = Handlungsfelder
concept-analysis-heading = Ausgangslage
concept-goal-prefix = Ziel:
concept-goal-no-measures = Zu diesem Ziel gibt es noch keine Maßnahme.
concept-field-measures = { $count ->
    [0] noch keine Maßnahme
    [one] 1 Maßnahme
   *[other] { $count } Maßnahmen
}
concept-stage-draft = Entwurf (nicht öffentlich)
concept-stage-consultation = Entwurf in der öffentlichen Beratung
concept-stage-consultation-until = Entwurf in der öffentlichen Beratung bis { $day }
concept-stage-adopted = Beschlossen
concept-adopted-on = Beschlossen am { $date } ({ $number })
measure-numbered = Maßnahme { $number }: { $title }

## Status und Priorität einer Maßnahme
measure-status-planned = geplant
measure-status-preparing = in Vorbereitung
measure-status-running = läuft
measure-status-done = abgeschlossen
measure-status-paused = pausiert
measure-status-dropped = aufgegeben
measure-priority-high = hoch
measure-priority-medium = mittel
measure-priority-low = niedrig

## Seite einer Maßnahme
measure-reason-label = Begründung
measure-goals-heading = Dient diesen Zielen
measure-edit-link = Maßnahme bearbeiten
measure-lead-label = Verantwortlich
measure-partners-label = Partner
measure-target-groups-label = Zielgruppen
measure-neighbourhoods-label = Stadtteile
measure-period-label = Zeitraum
measure-priority-label = Priorität
measure-cost-label = Geschätzte Kosten
measure-funding-label = Finanzierung
measure-from = ab { $day }
measure-until = bis { $day }

## Konzept bearbeiten
concept-manage-title = Konzept bearbeiten
concept-manage-intro = Hier schreiben Sie das Handlungs- und Maßnahmenkonzept Ihrer Kommune: Titel, Präambel und Leitbild, die Handlungsfelder mit ihrer Ausgangslage, die Ziele und die Maßnahmen. Solange es ein Entwurf ist, sieht es nur die Koordination.
concept-texts-heading = Titel, Präambel und Leitbild
concept-title-label = Titel des Konzepts
concept-title-hint = Zum Beispiel „Gelebte Vielfalt in Musterstadt“.
concept-preamble-label = Präambel
concept-vision-label = Leitbild
concept-markdown-hint = Markdown ist möglich: **fett**, Listen mit „-“, Links.
concept-texts-save = Texte speichern
concept-stage-heading = Stand des Konzepts
concept-stage-legend = Stand
concept-stage-hint = Ein Entwurf ist nicht öffentlich. In der Beratung und nach dem Beschluss ist das Konzept für alle lesbar.
concept-consultation-until-label = Kommentare möglich bis einschließlich (freiwillig, nur bei „Beratung“)
concept-consultation-until-hint = Nach diesem Tag nimmt die Fassung keine Kommentare mehr an; die Kommentare bleiben lesbar. Ohne Datum endet die Beratung mit dem Beschluss. Ein späteres Datum verlängert die Beratung.
concept-decision-legend = Beschluss (nur bei „Beschlossen“)
concept-decided-on-label = Datum des Beschlusses
concept-decision-number-label = Drucksachen- oder Beschlussnummer
concept-decision-number-hint = Zum Beispiel „DS 2025/117“.
concept-decision-link-label = Link zum Ratsinformationssystem (freiwillig)
concept-decision-link-hint = Die Adresse der Vorlage, beginnend mit https://.
concept-stage-save = Stand speichern
concept-outline-heading = Handlungsfelder, Ziele und Maßnahmen
concept-outline-empty = Noch keine Handlungsfelder. Legen Sie unten das erste an.
concept-field-edit = Handlungsfeld bearbeiten
concept-goal-add = Ziel hinzufügen
concept-goal-edit = bearbeiten
measure-add = Maßnahme anlegen
concept-field-add = Handlungsfeld hinzufügen
concept-field-name-label = Name des Handlungsfelds
concept-analysis-label = Ausgangslage
concept-analysis-hint = Was wissen Sie über die Lage in diesem Feld? Zahlen und Quellen helfen. Markdown ist möglich.
concept-field-save = Handlungsfeld speichern
concept-field-edit-title = Handlungsfeld bearbeiten
concept-goal-add-title = Ziel hinzufügen
concept-goal-edit-title = Ziel bearbeiten
concept-goal-title-label = Ziel
concept-goal-description-label = Beschreibung
concept-goal-save = Ziel speichern

## Maßnahme anlegen und bearbeiten
measure-new-title = Maßnahme anlegen
measure-title-label = Titel der Maßnahme
measure-description-label = Beschreibung
measure-main-goal-label = Hauptziel
measure-choose = Bitte wählen
measure-other-goals-legend = Dient außerdem diesen Zielen (freiwillig)
measure-owner-label = Verantwortliche Person (Rolle „Maßnahmenverantwortung“)
measure-nobody = niemand
measure-lead-organisation-label = Federführende Organisation
measure-partners-hint = Geprüfte Organisationen aus dem Verzeichnis.
measure-target-groups-hint = Zum Beispiel „Eltern von Kita-Kindern, neu Zugewanderte“.
measure-neighbourhoods-hint = Leer lassen, wenn die Maßnahme für die ganze Stadt gilt.
measure-starts-label = Beginn
measure-ends-label = Ende
measure-cost-hint = In Euro, zum Beispiel „4.500“ oder „4.500,50“.
measure-funding-hint = Zum Beispiel „Landesprogramm WIR“ oder „Haushalt 2027“.
measure-status-legend = Status
measure-status-hint = Eine Maßnahme, die begonnen hat, kann nicht mehr „geplant“ sein; eine abgeschlossene oder aufgegebene kann wieder laufen.
measure-reason-hint = Nötig, wenn die Maßnahme aufgegeben wird; die Begründung ist öffentlich.
measure-save = Maßnahme speichern

## Fehler
concept-title-missing = Bitte geben Sie einen Titel an.
concept-title-length = Der Titel darf höchstens 200 Zeichen lang sein.
concept-text-length = Der Text ist zu lang.
concept-field-name-missing = Bitte geben Sie dem Handlungsfeld einen Namen.
concept-goal-title-missing = Bitte beschreiben Sie das Ziel in einem Satz.
concept-stage-invalid = Bitte wählen Sie einen Stand.
concept-decision-date-missing = Bitte geben Sie das Datum des Beschlusses an.
concept-decision-number-missing = Bitte geben Sie die Nummer des Beschlusses an (höchstens 100 Zeichen).
concept-decision-link-invalid = Bitte geben Sie eine Adresse an, die mit https:// beginnt, oder lassen Sie das Feld leer.
concept-texts-first = Bitte speichern Sie zuerst den Titel des Konzepts.
measure-title-missing = Bitte geben Sie der Maßnahme einen Titel.
measure-goal-missing = Bitte wählen Sie das Hauptziel der Maßnahme.
measure-choice-invalid = Diese Auswahl gibt es nicht (mehr). Bitte wählen Sie erneut.
measure-ends-before-start = Das Ende liegt vor dem Beginn.
measure-priority-invalid = Bitte wählen Sie eine Priorität.
measure-cost-invalid = Bitte geben Sie einen Betrag in Euro an, zum Beispiel „4.500“.
measure-status-invalid = Bitte wählen Sie einen Status.
measure-status-ended = Eine abgeschlossene oder aufgegebene Maßnahme kann nur wieder laufen.
measure-status-started = Die Maßnahme hat schon begonnen; sie kann nicht mehr geplant oder in Vorbereitung sein.
measure-reason-missing = Bitte begründen Sie, warum die Maßnahme aufgegeben wird.
measure-date-invalid = Bitte geben Sie ein Datum an (TT.MM.JJJJ).

## Eine Idee in eine Maßnahme übernehmen
take-up-title = Idee in eine Maßnahme übernehmen
take-up-intro = Wählen Sie die Maßnahme, in die diese Idee eingeflossen ist. Die Idee erhält den Status „Aufgenommen“ (oder behält „Teilweise aufgenommen“); wer sie geschrieben hat, ihr folgt oder sie unterstützt, wird benachrichtigt. Auf der Seite der Idee und der Maßnahme steht dann, was woraus wurde.
take-up-already = Die Idee ist schon aufgenommen in:
take-up-no-measures = Es gibt noch keine Maßnahme, in die sie übernommen werden kann. Legen Sie zuerst Maßnahmen im Konzept an.
take-up-measure-label = Maßnahme
take-up-save = In die Maßnahme übernehmen
take-up-measure-missing = Bitte wählen Sie eine Maßnahme.
take-up-link = In eine Maßnahme übernehmen
idea-taken-into = Aufgenommen in:
measure-sources-heading = Aus diesen Ideen entstanden

## Maßnahmen als CSV
measure-csv-number = Nummer
measure-csv-other-goals = Weitere Ziele
measure-csv-cost = Geschätzte Kosten (Euro)
measure-csv-url = Adresse
concept-csv-link = Alle Maßnahmen als Tabelle (CSV)
concept-measures-total = { $count ->
    [one] 1 Maßnahme
   *[other] { $count } Maßnahmen
}
concept-consultation-until-past = Die Beratung kann frühestens heute enden. Wählen Sie heute oder einen späteren Tag.
concept-consultation-until-invalid = Bitte geben Sie ein Datum an, zum Beispiel 31.01.2027.
