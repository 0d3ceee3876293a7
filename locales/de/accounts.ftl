accounts-email-label = E-Mail-Adresse
accounts-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.
accounts-password-label = Passwort
accounts-new-password-label = Neues Passwort
accounts-current-password-label = Ihr aktuelles Passwort
accounts-current-password-wrong = Das aktuelle Passwort stimmt nicht.
accounts-password-hint = Mindestens 8 Zeichen. Am besten ein Satz aus mehreren Wörtern, den sich andere nicht denken können. Sonderzeichen sind nicht nötig.
accounts-password-too-short = Das Passwort muss mindestens 8 Zeichen lang sein.
accounts-password-too-long = Das Passwort darf höchstens 128 Zeichen lang sein.
accounts-password-weak = Dieses Passwort ist zu leicht zu erraten.
accounts-password-hint-common = Es ist ein häufig benutztes Passwort oder Wort.
accounts-password-hint-keyboard = Tastaturmuster wie „qwertz“ sind leicht zu erraten.
accounts-password-hint-repeat = Wiederholungen wie „aaa“ oder „abcabc“ sind leicht zu erraten.
accounts-password-hint-sequence = Folgen wie „abc“ oder „1234“ sind leicht zu erraten.
accounts-password-hint-dates = Jahreszahlen und Daten sind leicht zu erraten.
accounts-password-hint-names = Namen sind leicht zu erraten, besonders Ihr eigener.
accounts-password-hint-words = Verwenden Sie mehrere Wörter, die nicht zusammengehören.
accounts-name-length = Bitte geben Sie einen Namen mit 1 bis 60 Zeichen an.
register-title = Registrieren
register-intro = Mit einem Konto können Sie Ideen einbringen, kommentieren, unterstützen und sich zu Veranstaltungen anmelden.
register-name-label = Angezeigter Name
register-name-hint = So erscheinen Ihre Beiträge. Sie können auch einen Spitznamen wählen.
register-email-hint = Wir schicken Ihnen einen Link zur Bestätigung. Ihre Adresse wird nicht veröffentlicht.
register-privacy-label = Ich habe die Datenschutzerklärung gelesen und bin einverstanden.
register-privacy-required = Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.
register-submit = Konto anlegen
register-have-account = Sie haben schon ein Konto?
register-sent-title = Bitte bestätigen Sie Ihre E-Mail-Adresse
register-sent-text = Wir haben Ihnen eine E-Mail mit einem Link geschickt. Öffnen Sie den Link innerhalb von 24 Stunden, um Ihr Konto zu aktivieren.
register-sent-spam = Keine E-Mail bekommen? Sehen Sie bitte auch im Spam-Ordner nach.
confirm-title = E-Mail-Adresse bestätigen
confirm-text = Bitte bestätigen Sie mit dem Knopf, dass dies Ihre E-Mail-Adresse ist.
confirm-submit = E-Mail-Adresse bestätigen
login-title = Anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-no-account = Noch kein Konto? Jetzt registrieren
login-failed = E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie beides.
login-unconfirmed = Ihre E-Mail-Adresse ist noch nicht bestätigt. Wir haben Ihnen einen neuen Link geschickt.
two-factor-title = Anmeldung mit zweitem Faktor
two-factor-code-title = Code eingeben
two-factor-code-intro = Öffnen Sie Ihre Authenticator-App und geben Sie den angezeigten 6-stelligen Code ein.
two-factor-code-label = 6-stelliger Code
two-factor-code-hint = Der Code wechselt alle 30 Sekunden.
two-factor-code-submit = Bestätigen
two-factor-code-wrong = Der Code stimmt nicht oder ist abgelaufen. Bitte geben Sie den aktuellen Code ein.
two-factor-is-on = Die Anmeldung mit zweitem Faktor ist eingeschaltet. Bei jeder Anmeldung fragen wir nach einem Code aus Ihrer App.
two-factor-required = Für Ihre Rolle ist die Anmeldung mit zweitem Faktor vorgeschrieben. Bitte richten Sie sie jetzt ein.
two-factor-required-cannot-disable = Für Ihre Rolle ist sie vorgeschrieben und kann nicht ausgeschaltet werden.
two-factor-disable-heading = Ausschalten
two-factor-disable-submit = Zweiten Faktor ausschalten
two-factor-setup-intro = Mit einem zweiten Faktor ist Ihr Konto auch dann geschützt, wenn jemand Ihr Passwort kennt.
two-factor-step-app = Installieren Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel FreeOTP, Aegis oder eine andere TOTP-App).
two-factor-step-scan = Scannen Sie den QR-Code mit der App oder geben Sie den Schlüssel von Hand ein.
two-factor-step-code = Geben Sie den Code ein, den die App anzeigt.
two-factor-qr-label = QR-Code zum Einrichten der Authenticator-App
two-factor-secret-label = Schlüssel zur Eingabe von Hand:
two-factor-enable-submit = Einschalten
forgot-title = Passwort vergessen
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.
forgot-submit = Link anfordern
forgot-sent-title = Bitte sehen Sie in Ihr Postfach
forgot-sent-text = Wenn es ein Konto mit dieser Adresse gibt, haben wir einen Link geschickt. Er gilt eine Stunde.
reset-title = Neues Passwort festlegen
reset-submit = Passwort speichern
account-title = Mein Konto
account-role = Rolle
account-profile-heading = Angaben
account-locale-label = Sprache für E-Mails
account-profile-submit = Angaben speichern
account-password-heading = Passwort ändern
account-password-submit = Passwort ändern
account-email-heading = E-Mail-Adresse ändern
account-new-email-label = Neue E-Mail-Adresse
account-new-email-hint = Wir schicken einen Link an die neue Adresse. Erst wenn Sie ihn öffnen, gilt die neue Adresse.
account-email-submit = Link schicken
account-security-heading = Sicherheit und Daten
account-two-factor-link = Anmeldung mit zweitem Faktor
account-download-link = Meine Daten herunterladen (JSON)
account-delete-link = Konto löschen
account-back = Zurück zu „Mein Konto“
email-change-title = Neue E-Mail-Adresse bestätigen
email-change-text = Bitte bestätigen Sie, dass Ihr Konto künftig die Adresse { $email } verwendet.
email-change-submit = Neue Adresse bestätigen
delete-title = Konto löschen
delete-explanation = Wenn Sie Ihr Konto löschen, können Sie es nicht wiederherstellen.
delete-what-goes = Gelöscht werden: Ihr Name, Ihre E-Mail-Adresse, Ihr Passwort, Ihre Rollen und Ihre freiwilligen Angaben.
delete-what-stays = Ihre öffentlichen Beiträge bleiben sichtbar, aber ohne Namen – als „gelöschtes Konto“.
delete-confirm-label = Ja, ich möchte mein Konto endgültig löschen.
delete-confirm-required = Bitte bestätigen Sie, dass Sie Ihr Konto löschen möchten.
delete-submit = Konto endgültig löschen
role-coordinator = Koordination
role-moderator = Moderation
role-measure-owner = Maßnahmenverantwortung
role-programme-officer = Programmreferat
role-platform-admin = Plattform-Administration
mail-anonymous-greeting-name = Guten Tag
mail-confirm-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse – { $site }
mail-confirm-body =
    Hallo { $name },

    vielen Dank für Ihre Registrierung bei { $site }. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link (gültig 24 Stunden):

    { $link }

    Wenn Sie sich nicht registriert haben, können Sie diese E-Mail einfach löschen.
mail-already-registered-subject = Registrierung mit Ihrer Adresse – { $site }
mail-already-registered-body =
    Hallo { $name },

    jemand – vielleicht Sie – wollte sich mit Ihrer E-Mail-Adresse bei { $site } registrieren. Sie haben aber schon ein Konto.
    Wenn Sie Ihr Passwort vergessen haben, legen Sie hier ein neues fest:

    { $link }

    Wenn Sie das nicht waren, müssen Sie nichts tun.
mail-reset-subject = Neues Passwort festlegen – { $site }
mail-reset-body =
    Hallo { $name },

    mit diesem Link legen Sie ein neues Passwort fest (gültig eine Stunde):

    { $link }

    Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail löschen. Ihr Passwort bleibt dann unverändert.
mail-password-changed-subject = Ihr Passwort wurde geändert – { $site }
mail-password-changed-body =
    Hallo { $name },

    das Passwort Ihres Kontos wurde eben geändert. Alle anderen Anmeldungen wurden beendet.
    Wenn Sie das nicht waren, legen Sie sofort ein neues Passwort fest:

    { $link }
mail-email-change-subject = Neue E-Mail-Adresse bestätigen – { $site }
mail-email-change-body =
    Hallo { $name },

    bitte bestätigen Sie Ihre neue E-Mail-Adresse mit diesem Link (gültig 24 Stunden):

    { $link }

    Wenn Sie das nicht angefordert haben, können Sie diese E-Mail löschen.
mail-email-changed-subject = Ihre E-Mail-Adresse wurde geändert – { $site }
mail-email-changed-body =
    Hallo { $name },

    Ihr Konto verwendet ab jetzt eine neue E-Mail-Adresse. Diese Adresse hier wird nicht mehr benutzt.
    Wenn Sie das nicht waren, wenden Sie sich bitte an die Koordination oder legen Sie ein neues Passwort fest:

    { $link }
mail-email-taken-subject = Änderung der E-Mail-Adresse – { $site }
mail-email-taken-body =
    { $name },

    jemand wollte diese Adresse für ein Konto bei { $site } eintragen. Zu dieser Adresse gibt es aber schon ein Konto.
    Wenn Sie Ihr Passwort vergessen haben: { $link }
account-work-heading = Ihre Aufgaben
