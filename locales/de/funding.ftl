# Förderprogramm des Landes: Programme, Förderlinien, Aufrufe und ihre Regeln.
funding-public-title = Förderprogramme des Landes
funding-public-intro = Hier stehen die Förderprogramme des Landes für kommunale Vielfalts- und Integrationsstrategien, mit ihren Aufrufen. Bei jedem Aufruf steht, wer einen Antrag stellen kann, wie viel Geld es höchstens gibt und welche Ausgaben gefördert werden.
funding-public-empty = Zurzeit gibt es kein Förderprogramm.
funding-officer-link = Förderprogramme verwalten
funding-officer-title = Förderprogramme verwalten
funding-officer-intro = Hier legen Sie Förderprogramme, ihre Förderlinien und Aufrufe an. Die Regeln eines Aufrufs prüft die Plattform bei jedem Antrag.
funding-public-link = Öffentliche Seite der Förderprogramme
funding-programmes-heading = Programme
funding-programmes-empty = Noch kein Programm. Legen Sie unten das erste an.
funding-programme-new = Neues Programm
funding-programme-create = Programm anlegen
funding-programme-texts-heading = Angaben zum Programm
funding-programme-save = Angaben speichern
funding-back-to-programmes = Alle Programme
funding-calls-count = { $count ->
    [0] noch kein Aufruf
    [one] ein Aufruf
   *[other] { $count } Aufrufe
}
funding-name-label = Name des Programms
funding-name-hint = Zum Beispiel „WIR – Kommunale Vielfalts- und Integrationsstrategien“.
funding-legal-basis-label = Rechtsgrundlage
funding-legal-basis-hint = Die Förderrichtlinie mit Datum und Fundstelle (freiwillig).
funding-description-label = Beschreibung
funding-contact-label = Ansprechpartner
funding-contact-hint = Referat, E-Mail-Adresse und Telefonnummer für Fragen zum Antrag.
funding-lines-heading = Förderlinien
funding-lines-empty = Noch keine Förderlinie. Ein Aufruf kann auch ohne Förderlinie stehen.
funding-line-name-label = Name der Förderlinie
funding-line-name-hint = Zum Beispiel „Entwicklung einer Strategie“.
funding-line-description-label = Kurze Beschreibung (freiwillig)
funding-line-create = Förderlinie hinzufügen
funding-line-label = Förderlinie
funding-line-none = Keine Förderlinie
funding-calls-heading = Aufrufe
funding-calls-empty = Noch kein Aufruf.
funding-call-public-link = Öffentliche Seite des Aufrufs
funding-call-new-title = Neuer Aufruf
funding-call-edit-title = Aufruf bearbeiten
funding-call-intro = Ein Aufruf hat ein Antragsfenster und Regeln. Ändern Sie die Regeln, gelten für bereits eingereichte Anträge weiter die Regeln, nach denen sie geprüft wurden.
funding-call-title-label = Titel des Aufrufs
funding-call-title-hint = Zum Beispiel „Aufruf 2026“.
funding-call-description-label = Beschreibung des Aufrufs
funding-opens-label = Anträge möglich ab
funding-closes-label = Anträge möglich bis
funding-moment-hint = Datum und Uhrzeit in deutscher Zeit.
funding-call-save = Aufruf speichern
funding-rules-heading = Regeln des Aufrufs
funding-rules-intro = Diese Regeln prüft die Plattform bei jedem Antrag und nennt jeden Verstoß in einfachen Worten neben dem Feld.
funding-rules-public-intro = Diese Regeln prüft die Plattform schon beim Ausfüllen Ihres Antrags. So sehen Sie vor dem Einreichen, ob alles passt.
funding-population-min-label = Einwohnerzahl mindestens
funding-population-max-label = Einwohnerzahl höchstens
funding-population-hint = Leer lassen, wenn es keine Grenze gibt. Bei gemeinsamen Anträgen zählt die Summe.
funding-max-grant-label = Höchstbetrag der Förderung in Euro
funding-euro-hint = Zum Beispiel 20.000 oder 20.000,00.
funding-rate-label = Fördersatz in Prozent der förderfähigen Ausgaben
funding-rate-hint = Eine ganze Zahl von 1 bis 100.
funding-own-share-label = Eigenanteil mindestens, in Prozent der Gesamtausgaben
funding-own-share-hint = 0 oder leer, wenn es keinen Mindest-Eigenanteil gibt.
funding-eligible-hint = Ausgaben anderer Arten muss die Kommune selbst tragen.
funding-duration-min-label = Laufzeit mindestens, in Monaten
funding-duration-max-label = Laufzeit höchstens, in Monaten
funding-criteria-label = Prüfliste der Referentinnen und Referenten
funding-criteria-hint = Formale und inhaltliche Kriterien, eines pro Zeile. Sie werden bei jedem Antrag abgehakt und auf der Seite des Aufrufs veröffentlicht.
funding-criteria-public = Wonach Anträge geprüft werden
funding-attachments-label = Erforderliche Anlagen
funding-declarations-label = Erforderliche Erklärungen
funding-one-per-line = Eine pro Zeile.
funding-name-invalid = Bitte geben Sie einen Namen mit 3 bis 200 Zeichen an.
funding-legal-basis-too-long = Die Rechtsgrundlage darf höchstens 500 Zeichen lang sein.
funding-description-too-long = Der Text ist zu lang.
funding-contact-invalid = Bitte geben Sie an, wer Fragen beantwortet (3 bis 500 Zeichen).
funding-line-name-invalid = Bitte geben Sie einen Namen mit 3 bis 200 Zeichen an.
funding-call-title-invalid = Bitte geben Sie einen Titel mit 3 bis 200 Zeichen an.
funding-line-unknown = Bitte wählen Sie eine Förderlinie dieses Programms.
funding-moment-invalid = Bitte geben Sie Datum und Uhrzeit an, zum Beispiel 01.03.2026, 00:00.
funding-window-order = Das Ende muss nach dem Beginn liegen.
funding-kinds-missing = Bitte wählen Sie, wer einen Antrag stellen kann.
funding-whole-number = Bitte geben Sie eine ganze Zahl an, zum Beispiel 50.000.
funding-population-order = Die Höchstzahl muss mindestens so groß sein wie die Mindestzahl.
funding-amount-invalid = Bitte geben Sie einen Betrag in Euro an, zum Beispiel 20.000.
funding-rate-invalid = Bitte geben Sie eine ganze Zahl von 1 bis 100 an.
funding-percent-invalid = Bitte geben Sie eine ganze Zahl von 0 bis 100 an.
funding-costs-missing = Bitte wählen Sie, welche Ausgaben gefördert werden.
funding-months-invalid = Bitte geben Sie eine Zahl von Monaten von 1 bis 120 an.
funding-duration-order = Die höchste Laufzeit muss mindestens so lang sein wie die kürzeste.
funding-list-too-long = Bitte höchstens 20 Einträge, jeder nicht zu lang.
call-window-upcoming = Noch nicht geöffnet
call-window-open = Anträge möglich
call-window-closed = Geschlossen
applicant-kind-municipality = Gemeinden und Städte
applicant-kind-district = Landkreise
applicant-kind-inter-municipal = Mehrere Gemeinden gemeinsam (interkommunal)
cost-category-moderation = Moderation und Prozessbegleitung
cost-category-workshops = Workshops und Veranstaltungen
cost-category-interpretation = Dolmetschen und Übersetzen
cost-category-public-relations = Öffentlichkeitsarbeit und Druck
cost-category-rooms-catering = Räume und Verpflegung
cost-category-accessibility = Barrierefreiheit
cost-category-staff = Personalausgaben der Kommune
cost-category-other = Sonstige Ausgaben
rules-kinds = Wer kann einen Antrag stellen?
rules-population = Einwohnerzahl
rules-population-between = { $min } bis { $max } (bei gemeinsamen Anträgen zählt die Summe)
rules-population-from = ab { $min } (bei gemeinsamen Anträgen zählt die Summe)
rules-population-up-to = bis { $max } (bei gemeinsamen Anträgen zählt die Summe)
rules-max-grant = Höchstens
rules-rate = Fördersatz
rules-rate-value = bis zu { $rate } % der förderfähigen Ausgaben
rules-own-share = Eigenanteil
rules-own-share-value = mindestens { $percent } % der Gesamtausgaben
rules-eligible = Gefördert werden
rules-not-eligible = Nicht gefördert werden
rules-duration = Laufzeit
rules-duration-value = { $min } bis { $max } Monate
# Anträge einer Kommune und die Prüfung der Regeln.
applications-title = Förderanträge
applications-intro = Hier stellen Sie Förderanträge Ihrer Kommune für die offenen Aufrufe des Landes. Die Plattform prüft die Regeln des Aufrufs schon beim Ausfüllen; jeder Entwurf wird gespeichert.
applications-heading = Anträge
applications-empty = Noch kein Antrag.
applications-start-heading = Einen Antrag beginnen
applications-no-open-call = Zurzeit ist kein Aufruf offen.
applications-call-legend = Für welchen Aufruf?
applications-start = Antrag beginnen
applications-back = Alle Förderanträge
application-submitted-at = eingereicht am
application-title-label = Titel des Vorhabens
application-title-hint = Zum Beispiel „Gemeinsam in Musterstadt – unsere Vielfaltsstrategie“.
application-check-heading = Prüfung der Regeln
application-check-clean = Alles passt zu den Regeln des Aufrufs. Sie können den Antrag einreichen.
application-check-broken = { $count ->
    [one] Eine Angabe fehlt oder passt noch nicht zu den Regeln.
   *[other] { $count } Angaben fehlen oder passen noch nicht zu den Regeln.
}
application-finding-ok = Erfüllt
application-finding-broken = Noch nicht erfüllt
application-project-heading = Das Vorhaben
application-situation-label = Ausgangslage
application-situation-hint = Wer lebt in Ihrer Kommune, was gibt es schon, was fehlt?
application-objectives-label = Ziele
application-formats-label = Geplante Beteiligungsformate
application-formats-hint = Zum Beispiel Werkstätten, Umfragen, aufsuchende Gespräche.
application-target-groups-label = Zielgruppen
application-target-groups-hint = Und wie Sie Menschen erreichen, die sonst selten mitmachen.
application-time-plan-label = Zeitplan mit Meilensteinen
application-time-plan-hint = Zum Beispiel „Januar: Auftakt; April: Werkstätten; Dezember: Beschluss“.
application-partners-label = Partner (freiwillig)
application-partners-hint = Vereine, Migrantenorganisationen, Schulen, Unternehmen.
application-starts-label = Beginn des Vorhabens
application-ends-label = Ende des Vorhabens
application-costs-heading = Kostenplan
application-costs-intro = Eine Zeile je Ausgabe. Für eine weitere Zeile füllen Sie die leere Zeile aus und wählen „Weitere Zeile“.
application-cost-line = Kostenzeile { $n }
application-cost-category = Art der Ausgabe
application-cost-category-choose = Bitte wählen
application-cost-description = Beschreibung
application-cost-amount = Betrag in Euro
application-cost-add = Speichern und weitere Zeile
joint-legend = Gemeinsamer Antrag mit Partnergemeinden (freiwillig)
joint-hint = Ihre Kommune führt den Antrag. Die Einwohnerzahlen zählen zusammen. Nach dem Speichern erscheint für jede Partnergemeinde ein Feld für ihre Erklärung.
joint-choice = { $name } ({ $population } Einwohnerinnen und Einwohner)
review-joint = Partnergemeinden
review-joint-none = keine (Einzelantrag)
application-attachment-choose = Datei auswählen
application-attachment-replace = Durch eine andere Datei ersetzen
application-attachment-hint = { $types }, höchstens { $max }. Die Datei wird mit jedem Speichern übernommen.
application-financing-heading = Finanzierungsplan
application-totals = Ausgaben { $costs } · Finanzierung { $financing }
application-requested-label = Beantragte Förderung in Euro
application-own-label = Eigenanteil der Kommune in Euro
application-third-party-label = Mittel Dritter in Euro
application-third-party-hint = Zum Beispiel von Stiftungen; leer, wenn es keine gibt.
application-save = Entwurf speichern
application-submit = Antrag einreichen
application-not-editable-note = Der Antrag ist eingereicht. Sie können ihn erst wieder ändern, wenn das Land Änderungen erbittet.
application-withdraw-heading = Antrag zurückziehen
application-withdraw-note = Ein zurückgezogener Antrag bleibt hier sichtbar, wird aber nicht mehr geprüft.
application-withdraw = Antrag zurückziehen
application-status-draft = Entwurf
application-status-submitted = Eingereicht, in Prüfung
application-status-changes-requested = Änderungen erbeten
application-status-approved = Bewilligt
application-status-rejected = Abgelehnt
application-status-withdrawn = Zurückgezogen
application-title-invalid = Bitte geben Sie einen Titel mit 3 bis 200 Zeichen an.
application-text-missing = Bitte füllen Sie dieses Feld aus.
application-text-too-long = Der Text ist zu lang (höchstens 10.000 Zeichen).
application-day-invalid = Bitte geben Sie ein Datum an, zum Beispiel 01.01.2027.
application-period-order = Das Ende muss nach dem Beginn liegen.
application-cost-line-invalid = Bitte geben Sie Art, Beschreibung und Betrag dieser Zeile an, zum Beispiel 12.000.
application-amount-invalid = Bitte geben Sie einen Betrag in Euro an, zum Beispiel 20.000.
application-call-unknown = Bitte wählen Sie einen offenen Aufruf.
application-call-closed = Dieser Aufruf ist nicht offen.
application-not-editable = Der Antrag ist eingereicht und kann gerade nicht geändert werden.
application-not-withdrawable = Über den Antrag ist schon entschieden; er kann nicht mehr zurückgezogen werden.
application-rules-broken = Der Antrag passt noch nicht zu allen Regeln des Aufrufs.
notice-application-submitted = Der Antrag ist eingereicht.
notice-application-withdrawn = Der Antrag ist zurückgezogen.
funding-rule-kind-ok = { $kind } können einen Antrag stellen.
funding-rule-kind = { $kind } können bei diesem Aufruf keinen Antrag stellen.
funding-rule-population-within = { $joint ->
    [yes] { $name } und die Partnergemeinden haben zusammen
   *[no] { $name } hat
  } { $population } Einwohnerinnen und Einwohner – innerhalb der Grenze von { $limit }.
funding-rule-population-over = { $joint ->
    [yes] { $name } und die Partnergemeinden haben zusammen
   *[no] { $name } hat
  } { $population } Einwohnerinnen und Einwohner – mehr als die Grenze von { $limit }.
funding-rule-population-under = { $joint ->
    [yes] { $name } und die Partnergemeinden haben zusammen
   *[no] { $name } hat
  } { $population } Einwohnerinnen und Einwohner – weniger als die Mindestzahl von { $limit }. Kleinere Gemeinden können gemeinsam einen Antrag stellen.
funding-rule-partners-missing = Ein gemeinsamer Antrag braucht mindestens eine Partnergemeinde.
funding-rule-partner-declaration-missing = Es fehlt die Erklärung der Partnergemeinde { $name }.
funding-rule-duration-ok = Laufzeit { $months } Monate – innerhalb von { $min } bis { $max } Monaten.
funding-rule-duration = Laufzeit { $months } Monate – erlaubt sind { $min } bis { $max } Monate.
funding-rule-duration-missing = Bitte geben Sie Beginn und Ende des Vorhabens an.
funding-rule-no-costs = Der Kostenplan ist noch leer.
funding-rule-cost-not-eligible = { $category } ({ $amount }) werden bei diesem Aufruf nicht gefördert. Bitte streichen Sie die Zeile oder wählen Sie eine geförderte Art.
funding-rule-max-grant-ok = Beantragt { $requested } – innerhalb des Höchstbetrags von { $max }.
funding-rule-max-grant = Beantragt { $requested } – mehr als der Höchstbetrag von { $max }.
funding-rule-rate = Beantragt { $requested } – bei einem Fördersatz von { $rate } % der förderfähigen Ausgaben ({ $eligible }) sind höchstens { $allowed } möglich.
funding-rule-balanced = Ausgaben und Finanzierung gleichen sich aus: { $costs }.
funding-rule-unfunded = Ausgaben { $costs }, Finanzierung { $financing } – { $gap } sind nicht finanziert.
funding-rule-overfunded = Ausgaben { $costs }, Finanzierung { $financing } – { $gap } mehr Finanzierung als Ausgaben.
funding-rule-own-share-ok = Eigenanteil { $own } – mindestens { $needed } ({ $percent } % der Ausgaben) sind nötig.
funding-rule-own-share = Eigenanteil { $own } – nötig sind mindestens { $needed } ({ $percent } % der Ausgaben).
funding-rule-attachment-missing = Es fehlt die Anlage „{ $name }“.
funding-rule-declaration-missing = Es fehlt die Erklärung „{ $text }“.
application-not-editable-title = Der Antrag ist eingereicht
application-not-withdrawable-title = Der Antrag ist entschieden
applications-back-to-application = Zurück zum Antrag

## Review by the programme officers
review-list-title = Anträge: { $call }
review-list-caption = Eingereichte Anträge dieses Aufrufs
review-list-link = Eingereichte Anträge dieses Aufrufs prüfen
review-applications-link = Anträge
review-list-empty = Zu diesem Aufruf ist noch kein Antrag eingereicht.
review-counts = { $total ->
    [one] Ein Antrag
   *[other] { $total } Anträge
  } · { $review } in Prüfung · { $approved } bewilligt
review-back-to-call = Zurück zum Aufruf
review-back-to-list = Alle Anträge dieses Aufrufs
review-back = Zurück zum Antrag
review-municipality = Kommune
review-population = Einwohnerzahl
review-title = Vorhaben
review-status = Stand
review-requested = Beantragt
review-submitted = Eingereicht
review-waiting = Wartet
review-days = { $days ->
    [0] seit heute
    [one] seit einem Tag
   *[other] seit { $days } Tagen
  }
review-version = Fassung
review-version-value = { $number }, eingereicht am { $at }
review-rules-heading = Regeln des Aufrufs
review-application-heading = Antrag
review-declarations-made = Abgegebene Erklärungen
review-changes-heading = Änderungen von Fassung { $from } zu Fassung { $to }
review-no-changes = Die Fassungen sind gleich.
review-change-field = Feld
review-change-before = Vorher
review-change-after = Nachher
review-internal-note = Nur für das Programmreferat; die Kommune sieht das nicht.
review-checklist-heading = Prüfliste
review-checklist-legend = Geprüft
review-checklist-empty = Für diesen Aufruf ist keine Prüfliste hinterlegt.
review-checklist-save = Prüfliste speichern
review-notes-heading = Interne Notizen
review-notes-empty = Noch keine Notizen.
review-note-label = Neue Notiz
review-note-add = Notiz hinzufügen
review-note-missing = Bitte schreiben Sie die Notiz.
review-decision-heading = Entscheidung
review-approve-heading = Bewilligen
review-approve = Bewilligen
review-changes-request-heading = Änderungen erbitten
review-message-label = Nachricht an die Kommune
review-message-hint = Was fehlt oder geändert werden soll. Die Kommune ändert den Antrag und reicht ihn erneut ein.
review-changes-request = Antrag zur Änderung zurückgeben
review-reject-heading = Ablehnen
review-reason-label = Begründung
review-reason-hint = Die Kommune erhält die Begründung.
review-reject = Antrag ablehnen
review-message-sent = Nachricht an die Kommune
decision-grant-heading = Bewilligung
decision-granted-label = Bewilligter Betrag in Euro
decision-granted-hint = Höchstens der beantragte Betrag und der Höchstbetrag des Aufrufs.
decision-starts-label = Bewilligungszeitraum von
decision-ends-label = Bewilligungszeitraum bis
decision-period-label = Bewilligungszeitraum
decision-reporting-label = Berichtstermine
decision-reporting-hint = Ein Tag pro Zeile, z. B. 31.12.2027. Der letzte Termin ist der Verwendungsnachweis.
decision-conditions-label = Nebenbestimmungen und Auflagen
decision-conditions-hint = Freiwillig.
decision-grant-invalid = Bitte geben Sie einen Betrag über 0 € ein, z. B. 18.000.
decision-grant-above-request = Bewilligt werden kann höchstens der beantragte Betrag.
decision-grant-above-maximum = Bewilligt werden kann höchstens der Höchstbetrag des Aufrufs.
decision-reporting-missing = Bitte nennen Sie mindestens einen Berichtstermin.
decision-reporting-invalid = Bitte schreiben Sie jeden Termin als Datum in eine eigene Zeile, z. B. 31.12.2027.
decision-reporting-too-many = Es sind höchstens 12 Berichtstermine möglich.
decision-reporting-before-start = Berichtstermine liegen nach dem Beginn des Bewilligungszeitraums.
decision-message-missing = Bitte schreiben Sie mindestens einen Satz.
application-not-in-review-title = Der Antrag ist nicht mehr in Prüfung
application-not-in-review = Über diesen Antrag ist schon entschieden, oder er wurde zurückgezogen oder zur Änderung zurückgegeben.
notice-application-approved = Der Antrag ist bewilligt. Die Kommune ist benachrichtigt.
notice-application-changes-requested = Der Antrag ist zur Änderung zurückgegeben. Die Kommune ist benachrichtigt.
notice-application-rejected = Der Antrag ist abgelehnt. Die Kommune ist benachrichtigt.
application-costs-total = Ausgaben insgesamt
application-message-changes = Das Programmreferat bittet um Änderungen
application-message-rejected = Begründung der Ablehnung
application-submitted-heading = Eingereichte Fassung { $number }
mail-application-submitted-subject = Eingangsbestätigung: { $title }
mail-application-submitted-body = Guten Tag,

    der Förderantrag „{ $title }“ von { $municipality } ist eingegangen (Fassung { $detail }). Das Programmreferat prüft ihn und meldet sich.

    Antrag ansehen: { $link }

    { $site }
mail-application-changes-subject = Bitte ändern: { $title }
mail-application-changes-body = Guten Tag,

    das Programmreferat bittet um Änderungen am Förderantrag „{ $title }“ von { $municipality }:

    { $detail }

    Ändern Sie den Antrag und reichen Sie ihn erneut ein: { $link }

    { $site }
mail-application-approved-subject = Bewilligt: { $title }
mail-application-approved-body = Guten Tag,

    der Förderantrag „{ $title }“ von { $municipality } ist bewilligt: { $detail }.

    Bewilligungszeitraum, Auflagen und Berichtstermine: { $link }

    { $site }
mail-application-rejected-subject = Abgelehnt: { $title }
mail-application-rejected-body = Guten Tag,

    der Förderantrag „{ $title }“ von { $municipality } ist abgelehnt. Begründung:

    { $detail }

    { $link }

    { $site }

## Letters on applications (always in German, the legally binding language)
letters-heading = Schreiben zum Antrag
letter-to = An: { $value }
letter-date = Datum: { $value }
letter-reference = Aktenzeichen: { $value }
letter-contact = Ansprechpartner
letter-project = Vorhaben
letter-call = Aufruf
letter-version = Fassung
letter-received = Eingegangen am
letter-declarations = Abgegebene Erklärungen
letter-receipt-title = Eingangsbestätigung
letter-receipt-heading = Ihr Antrag ist eingegangen
letter-receipt-text = Ihr Antrag „{ $title }“ ist am { $at } in Fassung { $version } eingegangen. Diese Bestätigung nennt, was eingereicht wurde.
letter-next-heading = Wie es weitergeht
letter-receipt-next = Das Programmreferat prüft den Antrag anhand der Regeln des Aufrufs und der Prüfliste. Fehlt etwas, bitten wir Sie über die Plattform um Änderungen. Mit dem Vorhaben darf erst nach der Bewilligung begonnen werden, wenn nichts anderes zugelassen ist.
letter-decision-title = Zuwendungsbescheid
letter-decision-heading = Bescheid
letter-decision-text = Auf Ihren Antrag vom { $submitted } bewillige ich Ihnen für das Vorhaben „{ $title }“ eine Zuwendung in Höhe von { $amount } (in Worten: { $words }).
letter-recipient = Zuwendungsempfänger
letter-purpose = Zweck
letter-in-words = In Worten
letter-legal-basis = Rechtsgrundlage
letter-remedy-heading = Rechtsbehelfsbelehrung

## Payments of a grant
payments-heading = Auszahlungen
payments-caption = Angeforderte Auszahlungen
payments-empty = Noch keine Auszahlung angefordert.
ledger-granted = Bewilligt
ledger-requested = Angefordert, noch nicht entschieden
ledger-paid = Ausgezahlt
ledger-remaining = Verbleibend
payment-requested-at = Angefordert am
payment-amount-label = Betrag in Euro
payment-wanted-label = Benötigt am
payment-purpose-label = Wofür
payment-purpose-hint = z. B. „Erste Rate: Prozessbegleitung Januar bis März“.
payment-available-hint = Höchstens { $amount } (was bleibt und noch nicht angefordert ist).
payment-request-heading = Auszahlung anfordern
payment-request = Auszahlung anfordern
payment-release = Freigeben
payment-reject = Ablehnen
payment-reject-reason = Begründung der Ablehnung
payment-status-requested = Angefordert
payment-status-released = Freigegeben
payment-status-rejected = Abgelehnt
payment-amount-invalid = Bitte geben Sie einen Betrag über 0 € ein, z. B. 5.000.
payment-above-available = Mehr als bewilligt und noch nicht ausgezahlt oder angefordert ist.
payment-purpose-missing = Bitte schreiben Sie in 3 bis 500 Zeichen, wofür das Geld ist.
payment-not-approved-title = Noch keine Bewilligung
payment-not-approved = Auszahlungen können erst nach der Bewilligung angefordert werden.
payment-above-available-title = Der Betrag ist zu hoch
payment-decided-title = Über diese Auszahlung ist schon entschieden
payment-decided = Eine andere Person hat sie inzwischen freigegeben oder abgelehnt.
funding-officer-back = Zur Förderung
notice-payment-requested = Die Auszahlung ist angefordert. Das Programmreferat ist benachrichtigt.
notice-payment-released = Die Auszahlung ist freigegeben. Die Kommune ist benachrichtigt.
notice-payment-rejected = Die Auszahlung ist abgelehnt. Die Kommune ist benachrichtigt.
mail-payment-requested-subject = Auszahlung angefordert: { $title }
mail-payment-requested-body = Guten Tag,

    { $municipality } fordert für „{ $title }“ eine Auszahlung von { $detail } an.

    Prüfen und freigeben: { $link }

    { $site }
mail-payment-released-subject = Auszahlung freigegeben: { $title }
mail-payment-released-body = Guten Tag,

    die Auszahlung von { $detail } für „{ $title }“ ist freigegeben.

    { $link }

    { $site }
mail-payment-rejected-subject = Auszahlung abgelehnt: { $title }
mail-payment-rejected-body = Guten Tag,

    eine Auszahlung für „{ $title }“ ist abgelehnt. Begründung:

    { $detail }

    { $link }

    { $site }
letter-reporting = Zu den Berichtsterminen ist ein Bericht vorzulegen; mit dem letzten Termin ({ $final }) der Verwendungsnachweis mit zahlenmäßigem Nachweis.
letter-template-heading = Vorlage für Zuwendungsbescheide
letter-template-intro = Jeder Zuwendungsbescheid dieses Aufrufs nennt diesen Zweck, diese Nebenbestimmungen und diese Rechtsbehelfsbelehrung; Betrag, Zeitraum, Berichtstermine und eigene Auflagen kommen aus der Bewilligung. Bescheide werden auf Deutsch erstellt.
letter-template-conditions = Allgemeine Nebenbestimmungen
letter-template-conditions-hint = Freiwillig. Gelten für jede Zuwendung dieses Aufrufs.
letter-template-save = Vorlage speichern
