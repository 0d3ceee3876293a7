accounts-email-label = E-mail address
accounts-email-invalid = Please enter a valid e-mail address, e.g. name@example.org.
accounts-password-label = Password
accounts-new-password-label = New password
accounts-current-password-label = Your current password
accounts-current-password-wrong = The current password is not correct.
accounts-password-hint = At least 8 characters. Best is a sentence of several words that others cannot guess. Special characters are not needed.
accounts-password-too-short = The password must be at least 8 characters long.
accounts-password-too-long = The password may be at most 128 characters long.
accounts-password-weak = This password is too easy to guess.
accounts-password-hint-common = It is a commonly used password or word.
accounts-password-hint-keyboard = Keyboard patterns like “qwerty” are easy to guess.
accounts-password-hint-repeat = Repeats like “aaa” or “abcabc” are easy to guess.
accounts-password-hint-sequence = Sequences like “abc” or “1234” are easy to guess.
accounts-password-hint-dates = Years and dates are easy to guess.
accounts-password-hint-names = Names are easy to guess, especially your own.
accounts-password-hint-words = Use several words that do not belong together.
accounts-name-length = Please enter a name of 1 to 60 characters.
register-title = Register
register-intro = With an account you can contribute ideas, comment, support proposals and register for events.
register-name-label = Display name
register-name-hint = This is how your contributions appear. You may choose a nickname.
register-email-hint = We will send you a link to confirm it. Your address is never published.
register-privacy-label = I have read the privacy policy and agree.
register-privacy-required = Please confirm that you have read the privacy policy.
register-submit = Create account
register-have-account = Already have an account?
register-sent-title = Please confirm your e-mail address
register-sent-text = We have sent you an e-mail with a link. Open the link within 24 hours to activate your account.
register-sent-spam = No e-mail? Please also look in your spam folder.
confirm-title = Confirm e-mail address
confirm-text = Please confirm with the button that this is your e-mail address.
confirm-submit = Confirm e-mail address
login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = No account yet? Register now
login-failed = The e-mail address or the password is not correct. Please check both.
login-unconfirmed = Your e-mail address is not confirmed yet. We have sent you a new link.
two-factor-title = Two-factor login
two-factor-code-title = Enter code
two-factor-code-intro = Open your authenticator app and enter the 6-digit code it shows.
two-factor-code-label = 6-digit code
two-factor-code-hint = The code changes every 30 seconds.
two-factor-code-submit = Confirm
two-factor-code-wrong = The code is wrong or has expired. Please enter the current code.
two-factor-is-on = Two-factor login is on. Every time you log in we ask for a code from your app.
two-factor-required = Your role requires two-factor login. Please set it up now.
two-factor-required-cannot-disable = Your role requires it, so it cannot be switched off.
two-factor-disable-heading = Switch off
two-factor-disable-submit = Switch off second factor
two-factor-setup-intro = With a second factor your account stays protected even if someone knows your password.
two-factor-step-app = Install an authenticator app on your phone (for example FreeOTP, Aegis or another TOTP app).
two-factor-step-scan = Scan the QR code with the app or type in the key by hand.
two-factor-step-code = Enter the code the app shows.
two-factor-qr-label = QR code to set up the authenticator app
two-factor-secret-label = Key to type in by hand:
two-factor-enable-submit = Switch on
forgot-title = Forgot password
forgot-intro = Enter the e-mail address of your account. We will send you a link to set a new password.
forgot-submit = Send link
forgot-sent-title = Please check your inbox
forgot-sent-text = If there is an account with this address, we have sent a link. It is valid for one hour.
reset-title = Set a new password
reset-submit = Save password
account-title = My account
account-role = Role
account-profile-heading = Details
account-locale-label = Language for e-mails
account-profile-submit = Save details
account-password-heading = Change password
account-password-submit = Change password
account-email-heading = Change e-mail address
account-new-email-label = New e-mail address
account-new-email-hint = We send a link to the new address. The new address applies only once you open it.
account-email-submit = Send link
account-security-heading = Security and data
account-two-factor-link = Two-factor login
account-download-link = Download my data (JSON)
account-delete-link = Delete account
account-back = Back to “My account”
email-change-title = Confirm new e-mail address
email-change-text = Please confirm that your account will use the address { $email } from now on.
email-change-submit = Confirm new address
delete-title = Delete account
delete-explanation = If you delete your account, it cannot be restored.
delete-what-goes = Deleted: your name, your e-mail address, your password, your roles and your voluntary details.
delete-what-stays = Your public contributions remain visible, but without your name – as “deleted account”.
delete-confirm-label = Yes, I want to delete my account for good.
delete-confirm-required = Please confirm that you want to delete your account.
delete-submit = Delete account for good
role-coordinator = Coordination
role-moderator = Moderation
role-measure-owner = Measure owner
role-programme-officer = Programme officer
role-platform-admin = Platform administration
mail-anonymous-greeting-name = Hello
mail-confirm-subject = Please confirm your e-mail address – { $site }
mail-confirm-body =
    Hello { $name },

    thank you for registering with { $site }. Please confirm your e-mail address with this link (valid for 24 hours):

    { $link }

    If you did not register, you can simply delete this e-mail.
mail-already-registered-subject = Registration with your address – { $site }
mail-already-registered-body =
    Hello { $name },

    someone – perhaps you – tried to register with your e-mail address at { $site }. But you already have an account.
    If you have forgotten your password, set a new one here:

    { $link }

    If this was not you, you do not need to do anything.
mail-reset-subject = Set a new password – { $site }
mail-reset-body =
    Hello { $name },

    use this link to set a new password (valid for one hour):

    { $link }

    If you did not ask for a new password, you can delete this e-mail. Your password stays as it is.
mail-password-changed-subject = Your password was changed – { $site }
mail-password-changed-body =
    Hello { $name },

    the password of your account has just been changed. All other logins have been ended.
    If this was not you, set a new password right away:

    { $link }
mail-email-change-subject = Confirm your new e-mail address – { $site }
mail-email-change-body =
    Hello { $name },

    please confirm your new e-mail address with this link (valid for 24 hours):

    { $link }

    If you did not ask for this, you can delete this e-mail.
mail-email-changed-subject = Your e-mail address was changed – { $site }
mail-email-changed-body =
    Hello { $name },

    your account now uses a new e-mail address. This address here is no longer used.
    If this was not you, please contact the coordination team or set a new password:

    { $link }
mail-email-taken-subject = Change of e-mail address – { $site }
mail-email-taken-body =
    { $name },

    someone wanted to use this address for an account at { $site }. But there already is an account with this address.
    If you have forgotten your password: { $link }
account-work-heading = Your tasks
