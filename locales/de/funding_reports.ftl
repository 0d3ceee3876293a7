## Reports on a grant: interim reports and the final report (Verwendungsnachweis)
application-status-closed = Abgeschlossen
reports-heading = Berichte
reports-report = Bericht
report-interim-title = Zwischenbericht { $number }
report-final-title = Verwendungsnachweis
report-status-none = Noch nicht begonnen
report-status-draft = Entwurf
report-status-submitted = Eingereicht, in Prüfung
report-status-returned = Zur Überarbeitung zurückgegeben
report-status-accepted = Angenommen
report-due-label = Fällig am
report-submitted-label = Eingereicht am
report-interim-intro = Der Zwischenbericht sagt, wie das Vorhaben bisher läuft, und listet die Belege bis heute.
report-final-intro = Der Verwendungsnachweis schließt das Vorhaben ab: Sachbericht, zahlenmäßiger Nachweis mit allen Belegen, und wo die Strategie steht. Mit ihm rechnet das Programmreferat die Zuwendung ab.
report-returned-heading = Das Programmreferat bittet um Überarbeitung
report-narrative-heading = Sachbericht
report-narrative-intro = Die Felder sind aus Ihren Angaben auf der Plattform vorausgefüllt: Stand des Konzepts, Beteiligungszahlen seit Beginn der Förderung, Ratsbeschluss. Bitte ergänzen und korrigieren Sie sie.
report-process-label = Verlauf des Prozesses
report-process-hint = Was ist geschehen? Welche Formate fanden statt, was lief anders als geplant?
report-participation-label = Beteiligung
report-participation-hint = Wer hat sich beteiligt, und wie wurden schwer erreichbare Gruppen erreicht? Die Zahlen stammen von der Plattform.
report-strategy-label = Stand der Strategie
report-strategy-hint = Ist die Strategie vom Rat beschlossen? Mit Datum und Drucksache. Für den Verwendungsnachweis Pflicht.
report-receipts-heading = Belege
report-receipts-intro = Tragen Sie jede Ausgabe mit Datum, Empfänger, Zweck und Betrag ein und ordnen Sie sie einer Zeile des bewilligten Kostenplans zu. Die Ist-Kosten je Zeile ergeben sich aus den Belegen. Nach jedem Speichern kommt eine leere Zeile hinzu.
report-receipts-none = Keine Belege aufgeführt.
report-receipt-legend = Beleg { $n }
report-receipt-on = Datum
report-receipt-payee = Empfänger
report-receipt-what = Wofür
report-receipt-line = Zeile des Kostenplans
report-receipt-line-choose = Zeile wählen
report-receipt-amount = Betrag in Euro
report-receipt-add = Speichern und Beleg hinzufügen
grant-report-submit = Bericht einreichen
statement-heading = Zahlenmäßiger Nachweis
statement-intro = Plan und Ist je Zeile des bewilligten Kostenplans, aus den gespeicherten Belegen berechnet.
statement-caption = Kostenplan und Ist-Kosten
statement-line = Zeile des Kostenplans
statement-planned = Geplant
statement-actual = Ist
statement-deviation = Abweichung
statement-percent = Abweichung in %
statement-flag = über 20 %
statement-total = Summe
statement-within = Jede Zeile liegt innerhalb von { $percent } % des Plans.
statement-flagged = { $count ->
    [one] Eine Zeile weicht um mehr als { $percent } % vom Plan ab; bitte begründen Sie das im Sachbericht.
   *[other] { $count } Zeilen weichen um mehr als { $percent } % vom Plan ab; bitte begründen Sie das im Sachbericht.
}
report-text-missing = Bitte füllen Sie dieses Feld aus.
report-text-too-long = Bitte kürzen Sie den Text auf höchstens 20.000 Zeichen.
report-receipt-invalid = Bitte geben Sie Datum, Empfänger, Zweck, eine Zeile des Kostenplans und einen Betrag über 0 € an.
report-receipts-missing = Der Verwendungsnachweis braucht mindestens einen Beleg.
report-prefill-period = Zeitraum: { $period }
report-prefill-no-concept = Das Handlungskonzept ist noch nicht auf der Plattform angelegt.
report-prefill-not-adopted = Die Strategie ist noch nicht vom Rat beschlossen.
report-prefill-process = { $title }: { $stage }. { $measures } Maßnahmen, davon { $running } laufend und { $done } abgeschlossen.
report-decision-heading = Entscheidung
report-accept-note = Mit der Annahme ist der Zwischenbericht erledigt; die Kommune wird benachrichtigt.
report-accept = Zwischenbericht annehmen
report-close-heading = Verwendungsnachweis annehmen und Förderung abschließen
report-settlement = Vorschlag: Die Ist-Kosten von { $actual } rechtfertigen nach Finanzierungsplan und Fördersatz eine Zuwendung von { $justified }. Ausgezahlt sind { $paid }; zurückzufordern wären { $repayment }.
report-repayment-label = Rückforderung in Euro
report-repayment-hint = 0, wenn nichts zurückzuzahlen ist. Höchstens, was ausgezahlt ist.
report-repayment-invalid = Bitte geben Sie einen Betrag ab 0 € ein, z. B. 1.500.
report-repayment-above-paid = Es kann höchstens zurückgefordert werden, was ausgezahlt ist.
report-repayment-above-paid-title = Die Rückforderung ist zu hoch
report-close = Annehmen und abschließen
report-return-heading = Zur Überarbeitung zurückgeben
report-return-label = Was soll die Kommune ändern?
report-return-hint = Die Kommune sieht diese Nachricht beim Bericht und bekommt sie per E-Mail.
report-return = Zurückgeben
report-not-open-title = Zu dieser Förderung gibt es keinen offenen Bericht
report-not-open = Berichte werden zu bewilligten Förderungen geschrieben, solange sie nicht abgeschlossen sind.
report-not-editable-title = Der Bericht ist eingereicht
report-not-editable = Ein eingereichter Bericht kann erst wieder geändert werden, wenn das Programmreferat ihn zurückgibt.
report-not-submitted-title = Über diesen Bericht ist schon entschieden
report-not-submitted = Eine andere Person hat ihn inzwischen angenommen oder zurückgegeben.
report-final-closes-title = Der Verwendungsnachweis schließt die Förderung ab
report-final-closes = Nehmen Sie ihn mit „Annehmen und abschließen“ an und geben Sie die Rückforderung an.
report-not-final-title = Das ist ein Zwischenbericht
report-not-final = Abgeschlossen wird eine Förderung mit dem Verwendungsnachweis.
report-payments-open-title = Es sind noch Auszahlungen offen
report-payments-open = Bitte entscheiden Sie zuerst über die angeforderten Auszahlungen.
ledger-repayment = Zurückgefordert
ledger-final = Endgültige Zuwendung
notice-report-submitted = Der Bericht ist eingereicht. Das Programmreferat ist benachrichtigt.
notice-report-accepted = Der Zwischenbericht ist angenommen. Die Kommune ist benachrichtigt.
notice-report-returned = Der Bericht ist zurückgegeben. Die Kommune ist benachrichtigt.
notice-grant-closed = Die Förderung ist abgeschlossen. Die Kommune ist benachrichtigt.
mail-report-submitted-subject = Bericht eingereicht: { $title }
mail-report-submitted-body = Guten Tag,

    { $municipality } hat für „{ $title }“ den Bericht „{ $detail }“ eingereicht.

    Prüfen: { $link }

    { $site }
mail-report-returned-subject = Bericht zurückgegeben: { $title }
mail-report-returned-body = Guten Tag,

    das Programmreferat bittet, den Bericht zu „{ $title }“ zu überarbeiten:

    { $detail }

    { $link }

    { $site }
mail-report-accepted-subject = Bericht angenommen: { $title }
mail-report-accepted-body = Guten Tag,

    das Programmreferat hat „{ $detail }“ zu „{ $title }“ angenommen.

    { $link }

    { $site }
mail-grant-closed-subject = Förderung abgeschlossen: { $title }
mail-grant-closed-body = Guten Tag,

    das Programmreferat hat den Verwendungsnachweis zu „{ $title }“ angenommen und die Förderung abgeschlossen. Zurückgefordert: { $detail }.

    { $link }

    { $site }
mail-report-reminder-subject = Bericht fällig: { $title }
mail-report-reminder-body = Guten Tag,

    zu „{ $title }“ ist fällig: { $detail }.

    Der Bericht ist auf der Plattform vorausgefüllt: { $link }

    { $site }
report-reminder-detail = { $report } am { $day }
statement-spent = Bis zum Bericht ausgegeben: { $actual } von geplanten { $planned } ({ $share } %).
statement-over = { $count ->
    [one] Eine Zeile liegt um mehr als { $percent } % über dem Plan.
   *[other] { $count } Zeilen liegen um mehr als { $percent } % über dem Plan.
}
