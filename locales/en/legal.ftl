legal-imprint-title = Imprint
legal-privacy-title = Privacy policy
legal-accessibility-title = Accessibility statement
legal-not-written = This text has not been provided yet.
legal-updated = Last changed on { $date }
