# Organisations and the stakeholder directory.

organisation-kind-association = Verein oder Verband
organisation-kind-migrant-organisation = Migrantenorganisation
organisation-kind-business = Unternehmen
organisation-kind-school = Schule oder Kita
organisation-kind-institution = Einrichtung oder Behörde
organisation-kind-other = Sonstige Organisation
organisation-role-admin = Verwaltung
organisation-role-member = Mitglied

# Form errors.
organisation-name-length = Bitte geben Sie den Namen der Organisation an (2 bis 200 Zeichen).
organisation-kind-required = Bitte wählen Sie, was für eine Organisation es ist.
organisation-description-length = Bitte beschreiben Sie die Organisation (höchstens 10.000 Zeichen).
organisation-website-invalid = Bitte geben Sie eine Internetadresse an, die mit http:// oder https:// beginnt, z. B. https://www.verein-musterstadt.de.
organisation-languages-length = Bitte fassen Sie die Sprachen kürzer (höchstens 300 Zeichen).
organisation-topic-unknown = Bitte wählen Sie nur Themen aus der Liste.
organisation-role-required = Bitte wählen Sie eine Rolle.
organisation-already-member = Diese Person ist schon Mitglied der Organisation.
organisation-last-admin = Die Organisation braucht mindestens eine Person in der Verwaltung. Laden Sie zuerst jemanden mit dieser Rolle ein.

# Confirmations after a redirect.
notice-organisation-registered = Ihre Organisation ist eingetragen. Sie erscheint im Verzeichnis, sobald die Kommune sie geprüft hat.
notice-organisation-invited = Die Einladung ist verschickt.
notice-organisation-joined = Willkommen! Sie sind jetzt Mitglied der Organisation.
notice-organisation-member-removed = Entfernt.
notice-organisation-left = Sie sind aus der Organisation ausgetreten.
notice-organisation-verified = Die Organisation ist verifiziert und erscheint im Verzeichnis.
notice-organisation-unverified = Die Verifizierung ist zurückgezogen; die Organisation erscheint nicht mehr im Verzeichnis.

# Mails.
mail-organisation-registered-subject = Neue Organisation wartet auf Prüfung – { $municipality }
mail-organisation-registered-body =
    Hallo,

    „{ $organisation }“ hat sich im Verzeichnis der Organisationen von { $municipality } auf { $site } eingetragen. Die Organisation erscheint dort erst, wenn Sie sie geprüft und verifiziert haben:

    { $link }
mail-organisation-invitation-subject = Einladung zu „{ $organisation }“ – { $site }
mail-organisation-invitation-body =
    Hallo,

    Sie sind eingeladen, bei „{ $organisation }“ ({ $municipality }) auf { $site } mitzuwirken.

    Öffnen Sie diesen Link, melden Sie sich mit dieser E-Mail-Adresse an (oder registrieren Sie sich damit) und nehmen Sie die Einladung an:

    { $link }

    Der Link gilt { $days } Tage und nur einmal. Wenn Sie die Einladung nicht erwartet haben, können Sie diese E-Mail einfach löschen.

# Registering and editing.
organisation-new-title = Organisation eintragen
organisation-new-intro = Vereine, Migrantenorganisationen, Unternehmen, Schulen und Einrichtungen stellen sich hier vor und zeigen, wozu sie beitragen. Sie verwalten den Eintrag und laden weitere Mitglieder ein.
organisation-new-verification-note = Der Eintrag wird erst öffentlich, wenn die Kommune ihn geprüft hat.
organisation-edit-title = { $name } bearbeiten
organisation-name-label = Name der Organisation
organisation-kind-label = Art der Organisation
organisation-choose = Bitte wählen
organisation-description-label = Beschreibung
organisation-description-hint = Was tun Sie, für wen, und wie kann man mitmachen? Markdown: Absätze mit Leerzeile, Listen mit *, Links als [Text](https://…).
organisation-website-label = Internetseite
organisation-website-hint = Freiwillig. Zum Beispiel https://www.verein-musterstadt.de.
organisation-contact-email-label = Kontakt-E-Mail-Adresse
organisation-contact-email-hint = Freiwillig. Nur angemeldete Personen sehen sie.
organisation-languages-label = Angebotene Sprachen
organisation-languages-hint = Freiwillig. In welchen Sprachen kann man Sie ansprechen? Zum Beispiel „Deutsch, Türkçe, العربية“.
organisation-topics-label = Themen
organisation-topics-hint = Die Handlungsfelder der Beteiligung in dieser Kommune, zu denen Sie beitragen.
organisation-topics-none = Die Kommune hat noch keine Handlungsfelder festgelegt. Sie können die Themen später ergänzen.
organisation-new-submit = Organisation eintragen
organisation-edit-submit = Änderungen speichern
organisation-cancel = Abbrechen

# The public page.
organisation-verified-badge = verifiziert
organisation-manage-link = Organisation verwalten
organisation-details-heading = Angaben
organisation-not-given = nicht angegeben
organisation-contact-login = Melden Sie sich an, um die E-Mail-Adresse zu sehen.
organisation-back-to-directory = Zurück zum Verzeichnis der Organisationen

# The directory.
organisation-directory-title = Organisationen vor Ort
organisation-directory-intro = Vereine, Migrantenorganisationen, Unternehmen, Schulen und Einrichtungen, die sich an der Vielfalts- und Integrationsstrategie von { $name } beteiligen. Jeder Eintrag wurde von der Kommune geprüft.
organisation-filter-heading = Filtern
organisation-filter-all = Alle
organisation-filter-option = { $name } ({ $count })
organisation-topic-label = Thema
organisation-filter-apply = Anzeigen
organisation-filter-reset = Alle Filter zurücksetzen
organisation-results-heading = Organisationen
organisation-result-count =
    { $count ->
        [0] Keine Organisation gefunden.
        [one] 1 Organisation
       *[other] { $count } Organisationen
    }
organisation-directory-empty = Zu dieser Auswahl gibt es noch keine verifizierten Organisationen.

# Members.
organisation-manage-title = { $name } verwalten
organisation-status-verified = Die Organisation ist von der Kommune verifiziert und steht im Verzeichnis.
organisation-status-waiting = Die Organisation wartet auf die Prüfung durch die Kommune. Bis dahin erscheint sie nicht im Verzeichnis.
organisation-public-page-link = Öffentliche Seite ansehen
organisation-edit-link = Angaben bearbeiten
organisation-members-heading = Mitglieder
organisation-members-caption = Mitglieder und offene Einladungen
organisation-member-name = Name
organisation-role-label = Rolle
organisation-member-status = Seit
organisation-member-actions = Aktionen
organisation-member-invited = Eingeladen
organisation-member-since = Mitglied seit { $date }
organisation-invited-on = Eingeladen am { $date }
organisation-member-remove = Entfernen
organisation-member-leave = Austreten
organisation-invitation-withdraw = Einladung zurückziehen
organisation-invite-heading = Mitglied einladen
organisation-invite-intro = Wir schicken der Person einen Link, der 14 Tage gilt. Mitglieder können für die Organisation sprechen; die Verwaltung bearbeitet auch die Angaben und die Mitglieder.
organisation-invite-submit = Einladung senden

# Accepting an invitation.
organisation-invitation-title = Einladung
organisation-invitation-text = Sie sind eingeladen, bei „{ $organisation }“ mitzuwirken (Rolle: { $role }).
organisation-invitation-login-first = Bitte melden Sie sich mit der E-Mail-Adresse an, an die die Einladung ging, oder registrieren Sie sich damit. Danach kommen Sie hierher zurück.
organisation-invitation-other-account = Die Einladung ging an eine andere E-Mail-Adresse als die Ihres Kontos. Bitte melden Sie sich ab und mit dieser Adresse an.
organisation-invitation-accept = Einladung annehmen

# Verification by the coordinator.
organisation-review-title = Organisationen prüfen
organisation-review-intro = Prüfen Sie, ob es die Organisation gibt und die Angaben stimmen. Erst verifizierte Organisationen erscheinen im Verzeichnis und können mit ihrem Namen Beiträge schreiben.
organisation-review-waiting-heading = Warten auf Prüfung
organisation-review-none-waiting = Keine Organisation wartet auf Prüfung.
organisation-registered-on = Eingetragen am
organisation-verify = Verifizieren
organisation-review-verified-heading = Verifiziert
organisation-review-none-verified = Noch keine Organisation ist verifiziert.
organisation-unverify = Verifizierung zurückziehen

# Account page.
account-organisations-heading = Ihre Organisationen
