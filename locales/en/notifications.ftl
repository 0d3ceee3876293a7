layout-notifications = Notifications
layout-notifications-unread = unread
notifications-title = Notifications
notifications-summary = { $count ->
    [0] No notifications yet.
    [one] One notification, { $unread } of them new.
   *[other] { $count } notifications, { $unread } of them new.
}
notifications-empty = As soon as someone comments on an idea you follow, or the municipality answers, you will see it here.
notifications-new = New
notifications-settings-heading = Notifications by e-mail
notifications-email-legend = When would you like to get an e-mail?
notifications-email-immediately = Straight away
notifications-email-immediately-hint = One e-mail shortly after something happens.
notifications-email-daily = Once a day
notifications-email-daily-hint = A summary in the morning, when there is something new.
notifications-email-weekly = Once a week
notifications-email-weekly-hint = A summary on Monday morning, when there is something new.
notifications-email-never = Never
notifications-email-never-hint = You only see what is new here on the platform.
notifications-email-required = Please choose when you would like to get e-mails.
notifications-settings-submit = Save settings
notifications-followed-heading = What you follow
notifications-followed-empty = You do not follow anything yet. Whoever proposes or comments on an idea follows it automatically.
notifications-followed-idea = Idea
notifications-followed-process = Participation
notifications-followed-measure = Measure
notification-comment = New comment on “{ $title }”
notification-reply = Reply to your comment on “{ $title }”
notification-answer = { $municipality } answered “{ $title }”
notification-measure-update = News on { $measure } in { $municipality }
notification-consultation-answer = { $municipality } answered your comment on the draft
notification-new-idea = New idea in “{ $process }”: “{ $title }”
notification-news = News in “{ $process }”: { $news }
notification-merged = “{ $title }” was merged with “{ $kept }”
notification-hidden-idea = Moderation hid your idea “{ $title }”. Reason: { $reason }
notification-hidden-comment = Moderation hid your comment on “{ $title }”. Reason: { $reason }
notification-restored-idea = Your idea “{ $title }” is visible again.
notification-restored-comment = Your comment on “{ $title }” is visible again.
follow-add = Follow
follow-remove = Stop following
follow-following-note = You follow this and will be told what is new.
mail-notifications-subject = { $count ->
    [one] { $first }
   *[other] { $count } new things on { $site }
}
mail-notifications-body =
    Hello { $name },

    there is something new on { $site }:

    { $items }

    All notifications: { $inbox }

    Choose when you get e-mails here: { $settings }
    Stop getting e-mails: { $unsubscribe }
mail-notifications-daily-subject = Your daily summary: { $count ->
    [one] one new thing
   *[other] { $count } new things
}
mail-notifications-daily-body =
    Hello { $name },

    this happened on { $site } since yesterday:

    { $items }

    All notifications: { $inbox }

    Choose when you get e-mails here: { $settings }
    Stop getting e-mails: { $unsubscribe }
mail-notifications-weekly-subject = Your weekly summary: { $count ->
    [one] one new thing
   *[other] { $count } new things
}
mail-notifications-weekly-body =
    Hello { $name },

    this happened on { $site } in the last week:

    { $items }

    All notifications: { $inbox }

    Choose when you get e-mails here: { $settings }
    Stop getting e-mails: { $unsubscribe }
unsubscribe-title = Unsubscribe from e-mails
unsubscribe-question = Would you like to stop getting e-mails with notifications?
unsubscribe-submit = Stop sending e-mails
unsubscribe-platform-note = You will still see your notifications when you are logged in. Mails about your account (a new password, for example) still reach you.
unsubscribe-already = You already get no e-mails with notifications.
unsubscribe-done-title = Unsubscribed
unsubscribe-done-text = You will get no more e-mails with notifications. You can change this at any time.
unsubscribe-settings-link = Change settings
notifications-topics-legend = Set single topics differently (optional)
notifications-topics-hint = For example replies to your comments at once, new ideas only once a week.
notifications-topic-as-general = As set above
notifications-topic-replies = Replies to your comments
notifications-topic-comments = New comments on ideas you follow
notifications-topic-answers = Answers of the municipality, new status of ideas and of the measures they went into
notifications-topic-new_ideas = New ideas in processes you follow
notifications-topic-news = News from processes you follow
notifications-topic-your_content = Your contributions: merged, hidden by moderation or visible again
