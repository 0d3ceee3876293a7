# Organisations and the stakeholder directory.

organisation-kind-association = Association or club
organisation-kind-migrant-organisation = Migrant organisation
organisation-kind-business = Business
organisation-kind-school = School or day care
organisation-kind-institution = Institution or public body
organisation-kind-other = Other organisation
organisation-role-admin = Administration
organisation-role-member = Member

# Form errors.
organisation-name-length = Please enter the organisation's name (2 to 200 characters).
organisation-kind-required = Please choose what kind of organisation it is.
organisation-description-length = Please describe the organisation (at most 10,000 characters).
organisation-website-invalid = Please enter a web address starting with http:// or https://, e.g. https://www.club-musterstadt.org.
organisation-languages-length = Please list the languages more briefly (at most 300 characters).
organisation-topic-unknown = Please choose topics from the list only.
organisation-role-required = Please choose a role.
organisation-already-member = This person is already a member of the organisation.
organisation-last-admin = The organisation needs at least one person in its administration. Invite someone with this role first.

# Confirmations after a redirect.
notice-organisation-registered = Your organisation is registered. It appears in the directory once the municipality has checked it.
notice-organisation-invited = The invitation has been sent.
notice-organisation-joined = Welcome! You are now a member of the organisation.
notice-organisation-member-removed = Removed.
notice-organisation-left = You have left the organisation.
notice-organisation-verified = The organisation is verified and appears in the directory.
notice-organisation-unverified = The verification has been withdrawn; the organisation no longer appears in the directory.

# Mails.
mail-organisation-registered-subject = New organisation waiting for review – { $municipality }
mail-organisation-registered-body =
    Hello,

    "{ $organisation }" has registered in the directory of organisations of { $municipality } on { $site }. It appears there only once you have checked and verified it:

    { $link }
mail-organisation-invitation-subject = Invitation to "{ $organisation }" – { $site }
mail-organisation-invitation-body =
    Hello,

    you are invited to take part in "{ $organisation }" ({ $municipality }) on { $site }.

    Open this link, log in with this e-mail address (or register with it) and accept the invitation:

    { $link }

    The link works for { $days } days and only once. If you did not expect this invitation, you can simply delete this e-mail.

# Registering and editing.
organisation-new-title = Register an organisation
organisation-new-intro = Associations, migrant organisations, businesses, schools and institutions introduce themselves here and show what they contribute. You manage the entry and invite further members.
organisation-new-verification-note = The entry becomes public only once the municipality has checked it.
organisation-edit-title = Edit { $name }
organisation-name-label = Name of the organisation
organisation-kind-label = Kind of organisation
organisation-choose = Please choose
organisation-description-label = Description
organisation-description-hint = What do you do, for whom, and how can people join in? Markdown: paragraphs with a blank line, lists with *, links as [text](https://…).
organisation-website-label = Website
organisation-website-hint = Optional. For example https://www.club-musterstadt.org.
organisation-contact-email-label = Contact e-mail address
organisation-contact-email-hint = Optional. Only logged-in people see it.
organisation-languages-label = Languages offered
organisation-languages-hint = Optional. In which languages can people talk to you? For example "Deutsch, Türkçe, العربية".
organisation-topics-label = Topics
organisation-topics-hint = The action fields of participation in this municipality that you contribute to.
organisation-topics-none = The municipality has not set any action fields yet. You can add topics later.
organisation-new-submit = Register organisation
organisation-edit-submit = Save changes
organisation-cancel = Cancel

# The public page.
organisation-verified-badge = verified
organisation-manage-link = Manage organisation
organisation-details-heading = Details
organisation-not-given = not given
organisation-contact-login = Log in to see the e-mail address.
organisation-back-to-directory = Back to the directory of organisations

# The directory.
organisation-directory-title = Local organisations
organisation-directory-intro = Associations, migrant organisations, businesses, schools and institutions taking part in the diversity and integration strategy of { $name }. Every entry has been checked by the municipality.
organisation-filter-heading = Filter
organisation-filter-all = All
organisation-filter-option = { $name } ({ $count })
organisation-topic-label = Topic
organisation-filter-apply = Show
organisation-filter-reset = Reset all filters
organisation-results-heading = Organisations
organisation-result-count =
    { $count ->
        [0] No organisation found.
        [one] 1 organisation
       *[other] { $count } organisations
    }
organisation-directory-empty = There are no verified organisations for this selection yet.

# Members.
organisation-manage-title = Manage { $name }
organisation-status-verified = The organisation is verified by the municipality and listed in the directory.
organisation-status-waiting = The organisation is waiting for the municipality's review. Until then it does not appear in the directory.
organisation-public-page-link = View the public page
organisation-edit-link = Edit details
organisation-members-heading = Members
organisation-members-caption = Members and open invitations
organisation-member-name = Name
organisation-role-label = Role
organisation-member-status = Since
organisation-member-actions = Actions
organisation-member-invited = Invited
organisation-member-since = Member since { $date }
organisation-invited-on = Invited on { $date }
organisation-member-remove = Remove
organisation-member-leave = Leave
organisation-invitation-withdraw = Withdraw invitation
organisation-invite-heading = Invite a member
organisation-invite-intro = We send the person a link that works for 14 days. Members can speak for the organisation; the administration also edits its details and members.
organisation-invite-submit = Send invitation

# Accepting an invitation.
organisation-invitation-title = Invitation
organisation-invitation-text = You are invited to take part in "{ $organisation }" (role: { $role }).
organisation-invitation-login-first = Please log in with the e-mail address the invitation was sent to, or register with it. Afterwards you come back here.
organisation-invitation-other-account = The invitation was sent to another e-mail address than your account's. Please log out and log in with that address.
organisation-invitation-accept = Accept invitation

# Verification by the coordinator.
organisation-review-title = Review organisations
organisation-review-intro = Check that the organisation exists and its details are right. Only verified organisations appear in the directory and can write contributions under their name.
organisation-review-waiting-heading = Waiting for review
organisation-review-none-waiting = No organisation is waiting for review.
organisation-registered-on = Registered on
organisation-verify = Verify
organisation-review-verified-heading = Verified
organisation-review-none-verified = No organisation is verified yet.
organisation-unverify = Withdraw verification

# Account page.
account-organisations-heading = Your organisations
