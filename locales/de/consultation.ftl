## Beratung eines Entwurfs: Kommentare zu jedem Absatz
consultation-version-open = Dieser Entwurf ist in der Beratung: Sie können jeden Absatz, jedes Ziel und jede Maßnahme kommentieren. Die Stadtverwaltung beantwortet jeden Kommentar und sagt, ob er berücksichtigt wird. Die nächste Fassung zeigt, was sich geändert hat.
consultation-comment-link = Kommentieren
consultation-comment-count = { $count ->
    [one] 1 Kommentar
   *[other] { $count } Kommentare
}
consultation-count-open = { $label } ({ $open } unbeantwortet)
consultation-paragraph-title = Kommentare zu: { $place }
consultation-place-preamble = Einleitung, Absatz { $n }
consultation-place-vision = Leitbild, Absatz { $n }
consultation-place-analysis = { $field }: Ausgangslage, Absatz { $n }
consultation-place-goal = { $field }: Ziel „{ $title }“
consultation-back-link = Zurück zum Entwurf
consultation-open-note = Dieser Entwurf ist in der Beratung. Ihr Kommentar erscheint hier öffentlich; die Stadtverwaltung antwortet darauf.
consultation-closed-note = Die Beratung dieser Fassung ist beendet. Die Kommentare und Antworten bleiben hier lesbar.
consultation-no-comments = Zu diesem Absatz gibt es noch keine Kommentare.
consultation-comment-heading = Diesen Absatz kommentieren
consultation-login-to-comment = Melden Sie sich an, um diesen Absatz zu kommentieren.
consultation-closed = Die Beratung dieser Fassung ist beendet; sie nimmt keine Kommentare mehr an.
consultation-closed-title = Die Beratung ist beendet
consultation-closed-text = Diese Fassung nimmt keine Kommentare mehr an. Die Kommentare und Antworten bleiben lesbar.
consultation-open-until = Kommentare sind bis einschließlich { $day } möglich.
consultation-ended-on = Die Beratung dieser Fassung endete am { $day }. Die Kommentare und Antworten bleiben hier lesbar; die Stadtverwaltung beantwortet noch offene Kommentare.
consultation-answer-by-municipality = Antwort der Stadtverwaltung:
consultation-answer-link = Beantworten oder moderieren
consultation-answer-title = Kommentar beantworten
consultation-back-to-paragraph = Zurück zum Absatz
consultation-answer-heading = Antwort
consultation-answer-intro = Ihre Antwort erscheint öffentlich unter dem Kommentar; wer ihn geschrieben hat, erfährt davon.
consultation-outcome-legend = Was wird aus dem Kommentar?
consultation-outcome-open = Noch offen
consultation-outcome-taken-up = Berücksichtigt
consultation-outcome-not-taken-up = Nicht berücksichtigt
consultation-outcome-noted = Zur Kenntnis genommen
consultation-outcome-missing = Bitte wählen Sie, was aus dem Kommentar wird.
consultation-answer-label = Antwort
consultation-answer-hint = Zum Beispiel, was in der nächsten Fassung geändert wird oder warum nicht.
consultation-answer-length = Bitte schreiben Sie eine Antwort (höchstens 5.000 Zeichen).
consultation-answer-save = Antwort veröffentlichen
consultation-moderation-heading = Moderation
consultation-hide-reason-label = Grund für das Ausblenden
consultation-hide-reason-hint = Der Grund erscheint öffentlich an der Stelle des Kommentars.
consultation-hide-reason-missing = Bitte nennen Sie einen Grund (höchstens 500 Zeichen).
consultation-hide = Kommentar ausblenden
