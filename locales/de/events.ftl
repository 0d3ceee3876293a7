## Events: list, page, registration, the coordinator's forms

events-title = Veranstaltungen
events-intro = Workshops, Bürgerabende und Infoveranstaltungen zur Strategie: kommen Sie vorbei und reden Sie mit.
events-upcoming = Demnächst
events-none = Zurzeit sind keine Veranstaltungen geplant.
events-all = Alle Veranstaltungen
events-past = Vergangene Veranstaltungen
event-cancelled = Abgesagt
event-kind-workshop = Workshop
event-kind-citizens-evening = Bürgerabend
event-kind-info-event = Infoveranstaltung
event-kind-online-meeting = Online-Treffen
event-places-free = { $free ->
    [one] Noch 1 freier Platz
   *[other] Noch { $free } freie Plätze
  } von { $capacity }.
event-places-full = Alle Plätze sind vergeben. { $waiting ->
    [0] Sie können sich auf die Warteliste setzen lassen.
    [one] 1 Person steht auf der Warteliste.
   *[other] { $waiting } Personen stehen auf der Warteliste.
  }
event-online = Online
event-place = Ort
event-deadline = Anmeldung bis
event-languages = Sprachen
event-interpretation = Dolmetschen
event-target-groups = Für wen
event-accessibility = Barrierefreiheit
event-step-free = Stufenlos erreichbar
event-not-step-free = Nicht stufenlos erreichbar
event-hearing-loop = Mit Induktionsschleife
event-online-link = Link zur Teilnahme

registration-heading = Anmeldung
registration-you-are-registered = Sie sind angemeldet.
registration-you-are-waiting = Sie stehen auf der Warteliste. Wird ein Platz frei, rücken Sie nach und bekommen eine E-Mail.
registration-cancel = Anmeldung zurücknehmen
registration-closed = Für diese Veranstaltung ist keine Anmeldung mehr möglich.
registration-login = Anmelden, um teilzunehmen
registration-needs = Was brauchen Sie, um teilzunehmen? (freiwillig)
registration-interpretation = Dolmetschen in die Sprache
registration-interpretation-hint = Zum Beispiel Arabisch, Türkisch oder Ukrainisch.
registration-sign-language = Gebärdensprache
registration-childcare = Kinderbetreuung
registration-step-free = Stufenloser Zugang
registration-note = Sonst noch etwas?
registration-submit = Zur Veranstaltung anmelden
registration-interpretation-length = Bitte nennen Sie die Sprache mit höchstens 80 Zeichen.
registration-note-length = Bitte schreiben Sie höchstens 500 Zeichen.
event-registration-closed = Die Anmeldung ist geschlossen: Die Frist ist vorbei oder die Veranstaltung wurde abgesagt.

event-cancel-title = Anmeldung zurücknehmen
event-cancel-question = Möchten Sie Ihre Anmeldung zurücknehmen? Ihr Platz geht dann an die erste Person auf der Warteliste.
event-cancel-unknown = Anmeldung nicht gefunden
event-cancel-unknown-text = Diese Anmeldung gibt es nicht mehr. Vielleicht wurde sie schon zurückgenommen.

notice-event-registered = Sie sind angemeldet. Wir haben Ihnen eine Bestätigung geschickt.
notice-event-waiting = Alle Plätze sind vergeben: Sie stehen auf der Warteliste und bekommen eine E-Mail, sobald Sie nachrücken.
notice-event-cancelled = Ihre Anmeldung ist zurückgenommen.

event-new-title = Veranstaltung anlegen
event-edit-title = Veranstaltung bearbeiten
event-title-label = Titel
event-kind-label = Art
event-kind-choose = Bitte wählen
event-description-label = Beschreibung
event-description-hint = Worum geht es, wie läuft es ab? Markdown ist möglich.
event-time-legend = Wann
event-starts-label = Beginn
event-ends-label = Ende
event-time-hint = Ortszeit Deutschland, zum Beispiel 12.03.2027, 18:00.
event-place-legend = Wo
event-place-label = Ort (Name)
event-address-label = Adresse
event-address-hint = Straße, Hausnummer, Ort. Bei Online-Treffen leer lassen.
event-step-free-label = Stufenlos erreichbar
event-hearing-loop-label = Induktionsschleife vorhanden
event-notes-label = Hinweise zur Barrierefreiheit
event-notes-hint = Zum Beispiel: Aufzug am Seiteneingang, barrierefreie Toilette im Erdgeschoss.
event-link-label = Link zur Online-Teilnahme
event-link-hint = Pflicht bei Online-Treffen. Angemeldete sehen ihn.
event-registration-legend = Anmeldung
event-capacity-label = Plätze
event-capacity-hint = Leer lassen, wenn es keine Begrenzung gibt. Sind alle Plätze vergeben, kommen Weitere auf die Warteliste.
event-deadline-label = Anmeldeschluss
event-deadline-hint = Leer lassen: Anmeldung bis zum Beginn.
event-languages-label = Sprachen
event-languages-hint = In welchen Sprachen wird gesprochen? Zum Beispiel Deutsch, Türkisch.
event-interpretation-label = Dolmetschen
event-interpretation-hint = Welche Übersetzung gibt es? Zum Beispiel Arabisch, Gebärdensprache.
event-target-groups-label = Für wen
event-target-groups-hint = Zum Beispiel Eltern, Vereine, Jugendliche.
event-save = Speichern
event-cancel-editing = Abbrechen
event-title-length = Bitte geben Sie einen Titel mit 3 bis 200 Zeichen an.
event-description-length = Die Beschreibung darf höchstens 20.000 Zeichen lang sein.
event-kind-missing = Bitte wählen Sie die Art der Veranstaltung.
event-time-invalid = Bitte geben Sie Datum und Uhrzeit an, zum Beispiel 12.03.2027, 18:00.
event-ends-before-start = Das Ende muss nach dem Beginn liegen.
event-too-long = Eine Veranstaltung dauert höchstens 14 Tage.
event-place-length = Bitte nennen Sie den Ort mit höchstens 200 Zeichen.
event-address-length = Bitte geben Sie die Adresse mit höchstens 300 Zeichen an.
event-address-missing = Bitte geben Sie die Adresse an, damit alle hinfinden.
event-notes-length = Bitte schreiben Sie höchstens 1.000 Zeichen.
event-link-invalid = Bitte geben Sie eine Webadresse an, die mit https:// beginnt.
event-link-missing = Für ein Online-Treffen brauchen wir den Link zur Teilnahme.
event-capacity-invalid = Bitte geben Sie die Zahl der Plätze als ganze Zahl von 1 bis 100.000 an.
event-deadline-after-start = Der Anmeldeschluss muss vor dem Beginn liegen.
event-list-length = Bitte schreiben Sie höchstens 300 Zeichen.

attendees-link = Anmeldungen
attendees-title = Anmeldungen: { $event }
attendees-csv = Teilnahmeliste als CSV herunterladen
attendees-registered-heading = Angemeldet
attendees-waiting-heading = Warteliste
attendees-none = Niemand.
attendees-name = Name
attendees-email = E-Mail
attendees-placement = Stand
attendees-needs = Bedarfe
attendees-registered-at = Angemeldet am
attendees-registered = angemeldet
attendees-waiting = Warteliste

mail-event-registered-subject = Anmeldung bestätigt: { $event }
mail-event-registered-body =
    Guten Tag,

    Sie sind angemeldet für „{ $event }“ ({ $municipality }).

    Wann: { $when }
    Wo: { $place }
    Alles zur Veranstaltung: { $link }

    Falls Sie nicht kommen können, nehmen Sie die Anmeldung bitte zurück, damit jemand anderes Ihren Platz bekommt:
    { $cancel }
mail-event-waiting-subject = Warteliste: { $event }
mail-event-waiting-body =
    Guten Tag,

    alle Plätze für „{ $event }“ ({ $municipality }) sind vergeben. Sie stehen auf der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.

    Wann: { $when }
    Wo: { $place }
    Alles zur Veranstaltung: { $link }

    Wenn Sie nicht mehr warten möchten:
    { $cancel }
mail-event-promoted-subject = Sie haben einen Platz: { $event }
mail-event-promoted-body =
    Guten Tag,

    ein Platz ist frei geworden: Sie sind jetzt angemeldet für „{ $event }“ ({ $municipality }).

    Wann: { $when }
    Wo: { $place }
    Alles zur Veranstaltung: { $link }

event-add-to-calendar = In meinen Kalender eintragen (.ics)
events-feed-name = { $municipality }: Veranstaltungen
events-subscribe = Alle Veranstaltungen im eigenen Kalender abonnieren
events-subscribe-hint = Kopieren Sie diese Adresse in Ihr Kalenderprogramm (zum Beispiel „Kalender aus dem Internet hinzufügen“). Neue und geänderte Veranstaltungen erscheinen dann von selbst.

registration-guest-intro = Sie können sich ohne Konto anmelden: Geben Sie Ihren Namen und Ihre E-Mail-Adresse an. Wir schicken Ihnen einen Link zur Bestätigung; erst dann ist Ihr Platz reserviert.
registration-name = Ihr Name
registration-email = Ihre E-Mail-Adresse
registration-email-hint = Wir nutzen sie nur für diese Veranstaltung: Bestätigung, Änderungen und eine mögliche Absage.
registration-guest-privacy = Die Koordination der Kommune sieht Ihren Namen, Ihre Adresse und Ihre Angaben zum Bedarf. Wir löschen sie 30 Tage nach der Veranstaltung.
registration-or-login = Sie haben ein Konto?
registration-name-length = Bitte geben Sie Ihren Namen an (höchstens 200 Zeichen).
notice-event-check-mail = Bitte sehen Sie in Ihre E-Mails: Wir haben Ihnen einen Link zur Bestätigung Ihrer Anmeldung geschickt. Er gilt 48 Stunden.
notice-event-closed = Die Anmeldung zu dieser Veranstaltung ist geschlossen.

event-confirm-title = Anmeldung bestätigen
event-confirm-question = Bitte bestätigen Sie, dass Sie teilnehmen möchten. Sie bekommen dann einen Platz – oder einen Platz auf der Warteliste, wenn alle vergeben sind.
event-confirm-submit = Anmeldung bestätigen
event-confirm-unknown = Link ungültig
event-confirm-unknown-text = Dieser Link gilt nicht mehr: Er wurde schon benutzt oder ist älter als 48 Stunden. Sie können sich auf der Seite der Veranstaltung neu anmelden.

attendees-guest = ohne Konto
attendees-with-account = mit Konto
attendees-account = Konto

event-message-heading = An die Teilnehmenden schreiben
event-message-intro = Alle, die Sie auswählen, bekommen die Nachricht per E-Mail, mit einem Link zur Veranstaltung. Die Adressen sehen die anderen nicht.
event-message-audience = An
event-message-audience-registered = Angemeldete
event-message-audience-waiting = Personen auf der Warteliste
event-message-audience-all = Alle Angemeldeten und Wartenden
event-message-subject = Betreff
event-message-body = Nachricht
event-message-body-hint = Einfacher Text. Zum Beispiel: Der Raum hat sich geändert, bitte etwas mitbringen.
event-message-send = Nachricht senden
event-message-sent-heading = Gesendete Nachrichten
event-message-recipients = { $count ->
    [one] an 1 Person gesendet
   *[other] an { $count } Personen gesendet
  }
event-message-audience-missing = Bitte wählen Sie, an wen die Nachricht geht.
event-message-subject-length = Bitte geben Sie einen Betreff mit 3 bis 150 Zeichen an.
event-message-body-length = Bitte schreiben Sie eine Nachricht mit 10 bis 5.000 Zeichen.
event-message-nobody = In dieser Gruppe ist noch niemand angemeldet: Die Nachricht wurde nicht gesendet.
notice-event-message-sent = Die Nachricht wurde gesendet.

event-call-off-heading = Veranstaltung absagen
event-call-off-intro = Alle Angemeldeten und alle auf der Warteliste erfahren es per E-Mail, mit Ihrer Begründung. Die Begründung steht auch auf der Seite der Veranstaltung. Das lässt sich nicht rückgängig machen.
event-call-off-reason = Begründung
event-call-off-reason-hint = Zum Beispiel: Die Halle ist gesperrt; wir geben einen neuen Termin bekannt.
event-call-off-submit = Veranstaltung absagen
event-call-off-done = Diese Veranstaltung ist abgesagt.
event-call-off-reason-length = Bitte geben Sie die Begründung mit 5 bis 1.000 Zeichen an.
notice-event-called-off = Die Veranstaltung ist abgesagt. Alle Angemeldeten werden benachrichtigt.

mail-event-confirm-subject = Bitte bestätigen: { $event }
mail-event-confirm-body =
    Guten Tag,

    jemand – wahrscheinlich Sie – möchte sich mit dieser Adresse zu „{ $event }“ ({ $municipality }) anmelden.

    Wann: { $when }
    Wo: { $place }

    Zur Bestätigung öffnen Sie bitte innerhalb von 48 Stunden diesen Link und klicken auf „Anmeldung bestätigen“:
    { $confirm }

    Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Es ist nichts reserviert, und die Adresse wird gelöscht.
mail-event-called-off-subject = Abgesagt: { $event }
mail-event-called-off-body =
    Guten Tag,

    leider ist „{ $event }“ ({ $municipality }) am { $when } abgesagt.

    Begründung: { $reason }

    Ihre Anmeldung ist damit aufgehoben; Sie müssen nichts tun. Zur Veranstaltung: { $link }
event-message-mail-footer = Sie bekommen diese Nachricht, weil Sie sich zu „{ $event }“ ({ $municipality }) angemeldet haben: { $link }

event-contributions-heading = Beiträge aus dieser Veranstaltung
event-enter-cards = Karten dieser Veranstaltung eintragen
event-over = Diese Veranstaltung hat stattgefunden.

## Ergebnisse einer Veranstaltung
event-results-heading = Ergebnisse
event-results-form-title = Ergebnisse eintragen
event-results-intro = Halten Sie fest, was bei der Veranstaltung herauskam: einen Bericht, wie viele Menschen da waren, und bis zu drei Fotos. Die Beiträge der Teilnehmenden tragen Sie über „Karten dieser Veranstaltung eintragen“ ein.
event-results-report-label = Bericht
event-results-report-hint = Was wurde besprochen, was sind die nächsten Schritte? Markdown ist möglich.
event-results-attendance-label = Teilnehmende insgesamt
event-results-attendance-hint = Eine ganze Zahl; leer lassen, wenn nicht gezählt.
event-results-bands-hint = Wenn Sie gezählt oder gefragt haben (freiwillig, ohne Namen): wie viele Teilnehmende in welche Gruppe fallen. Jede Angabe ist freiwillig; wer nicht gezählt wurde, erscheint als „keine Angabe“. Je Frage darf die Summe nicht größer sein als die Zahl der Teilnehmenden.
event-results-band = Gruppe
event-results-people = Personen
event-results-save = Ergebnisse speichern
event-results-attendance = { $count ->
    [one] 1 Person hat teilgenommen.
   *[other] { $count } Personen haben teilgenommen.
}
event-results-report-length = Der Bericht darf höchstens 50.000 Zeichen lang sein.
event-results-count-invalid = Bitte geben Sie eine ganze Zahl ein (oder lassen Sie das Feld leer).
event-results-attendance-missing = Bitte geben Sie die Zahl der Teilnehmenden an, wenn Sie nach Gruppen zählen.
event-results-bands-above-total = Zusammen sind das mehr Personen als Teilnehmende insgesamt.
event-results-bands-note = Gruppen mit weniger als 5 Personen werden nicht genau gezeigt, damit niemand erkennbar ist.
event-photo-1 = Foto 1
event-photo-2 = Foto 2
event-photo-3 = Foto 3
