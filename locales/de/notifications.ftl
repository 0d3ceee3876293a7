layout-notifications = Benachrichtigungen
layout-notifications-unread = ungelesen
notifications-title = Benachrichtigungen
notifications-summary = { $count ->
    [0] Noch keine Benachrichtigungen.
    [one] Eine Benachrichtigung, davon { $unread } neu.
   *[other] { $count } Benachrichtigungen, davon { $unread } neu.
}
notifications-empty = Sobald jemand eine Idee kommentiert, der Sie folgen, oder die Kommune antwortet, sehen Sie es hier.
notifications-new = Neu
notifications-settings-heading = Benachrichtigungen per E-Mail
notifications-email-legend = Wann möchten Sie eine E-Mail bekommen?
notifications-email-immediately = Sofort
notifications-email-immediately-hint = Eine E-Mail kurz nachdem etwas passiert ist.
notifications-email-daily = Einmal am Tag
notifications-email-daily-hint = Eine Zusammenfassung am Morgen, wenn es Neues gibt.
notifications-email-weekly = Einmal in der Woche
notifications-email-weekly-hint = Eine Zusammenfassung am Montagmorgen, wenn es Neues gibt.
notifications-email-never = Nie
notifications-email-never-hint = Sie sehen Neues nur hier auf der Plattform.
notifications-email-required = Bitte wählen Sie, wann Sie E-Mails bekommen möchten.
notifications-settings-submit = Einstellungen speichern
notifications-followed-heading = Dem folgen Sie
notifications-followed-empty = Sie folgen noch nichts. Wer eine Idee einreicht oder kommentiert, folgt ihr automatisch.
notifications-followed-idea = Idee
notifications-followed-process = Beteiligung
notifications-followed-measure = Maßnahme
notification-comment = Neuer Kommentar zu „{ $title }“
notification-reply = Antwort auf Ihren Kommentar zu „{ $title }“
notification-answer = { $municipality } hat auf „{ $title }“ geantwortet
notification-measure-update = Neuer Stand der { $measure } in { $municipality }
notification-consultation-answer = Die Stadtverwaltung { $municipality } hat Ihren Kommentar zum Entwurf beantwortet
notification-new-idea = Neue Idee in „{ $process }“: „{ $title }“
notification-news = Neuigkeit in „{ $process }“: { $news }
notification-merged = „{ $title }“ wurde mit „{ $kept }“ zusammengeführt
notification-hidden-idea = Die Moderation hat Ihre Idee „{ $title }“ ausgeblendet. Grund: { $reason }
notification-hidden-comment = Die Moderation hat Ihren Kommentar zu „{ $title }“ ausgeblendet. Grund: { $reason }
notification-restored-idea = Ihre Idee „{ $title }“ ist wieder sichtbar.
notification-restored-comment = Ihr Kommentar zu „{ $title }“ ist wieder sichtbar.
follow-add = Folgen
follow-remove = Nicht mehr folgen
follow-following-note = Sie folgen und werden über Neues benachrichtigt.
mail-notifications-subject = { $count ->
    [one] { $first }
   *[other] { $count } Neuigkeiten auf { $site }
}
mail-notifications-body =
    Hallo { $name },

    es gibt Neues auf { $site }:

    { $items }

    Alle Benachrichtigungen: { $inbox }

    Wann Sie E-Mails bekommen, stellen Sie hier ein: { $settings }
    Keine E-Mails mehr bekommen: { $unsubscribe }
mail-notifications-daily-subject = Ihre tägliche Übersicht: { $count ->
    [one] eine Neuigkeit
   *[other] { $count } Neuigkeiten
}
mail-notifications-daily-body =
    Hallo { $name },

    das ist seit gestern auf { $site } passiert:

    { $items }

    Alle Benachrichtigungen: { $inbox }

    Wann Sie E-Mails bekommen, stellen Sie hier ein: { $settings }
    Keine E-Mails mehr bekommen: { $unsubscribe }
mail-notifications-weekly-subject = Ihre Wochenübersicht: { $count ->
    [one] eine Neuigkeit
   *[other] { $count } Neuigkeiten
}
mail-notifications-weekly-body =
    Hallo { $name },

    das ist in der letzten Woche auf { $site } passiert:

    { $items }

    Alle Benachrichtigungen: { $inbox }

    Wann Sie E-Mails bekommen, stellen Sie hier ein: { $settings }
    Keine E-Mails mehr bekommen: { $unsubscribe }
unsubscribe-title = E-Mails abbestellen
unsubscribe-question = Möchten Sie keine E-Mails mit Benachrichtigungen mehr bekommen?
unsubscribe-submit = Keine E-Mails mehr senden
unsubscribe-platform-note = Ihre Benachrichtigungen sehen Sie weiter, wenn Sie angemeldet sind. Mails zu Ihrem Konto (zum Beispiel ein neues Passwort) bekommen Sie weiterhin.
unsubscribe-already = Sie bekommen bereits keine E-Mails mit Benachrichtigungen.
unsubscribe-done-title = E-Mails abbestellt
unsubscribe-done-text = Sie bekommen keine E-Mails mit Benachrichtigungen mehr. Sie können das jederzeit wieder ändern.
unsubscribe-settings-link = Einstellungen ändern
notifications-topics-legend = Einzelne Themen anders einstellen (freiwillig)
notifications-topics-hint = Zum Beispiel Antworten auf Ihre Kommentare sofort, neue Ideen nur einmal pro Woche.
notifications-topic-as-general = Wie oben eingestellt
notifications-topic-replies = Antworten auf Ihre Kommentare
notifications-topic-comments = Neue Kommentare zu Ideen, denen Sie folgen
notifications-topic-answers = Antworten der Kommune, neuer Stand von Ideen und der Maßnahmen, die aus ihnen wurden
notifications-topic-new_ideas = Neue Ideen in Prozessen, denen Sie folgen
notifications-topic-news = Neuigkeiten aus Prozessen, denen Sie folgen
notifications-topic-your_content = Ihre Beiträge: zusammengeführt, von der Moderation ausgeblendet oder wieder sichtbar
