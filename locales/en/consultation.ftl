## Consultation on a draft: comments on each paragraph
consultation-version-open = This draft is in consultation: you can comment on every paragraph, every goal and every measure. The municipality answers every comment and says whether it is taken into account. The next version shows what changed.
consultation-comment-link = Comment
consultation-comment-count = { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
consultation-count-open = { $label } ({ $open } not answered yet)
consultation-paragraph-title = Comments on: { $place }
consultation-place-preamble = Introduction, paragraph { $n }
consultation-place-vision = Vision, paragraph { $n }
consultation-place-analysis = { $field }: situation, paragraph { $n }
consultation-place-goal = { $field }: goal “{ $title }”
consultation-back-link = Back to the draft
consultation-open-note = This draft is in consultation. Your comment appears here publicly; the municipality answers it.
consultation-closed-note = The consultation on this version has ended. Its comments and answers stay readable here.
consultation-no-comments = There are no comments on this paragraph yet.
consultation-comment-heading = Comment on this paragraph
consultation-login-to-comment = Log in to comment on this paragraph.
consultation-closed = The consultation on this version has ended; it takes no more comments.
consultation-closed-title = The consultation has ended
consultation-closed-text = This version takes no more comments. Its comments and answers stay readable.
consultation-open-until = Comments are possible up to and including { $day }.
consultation-ended-on = The consultation on this version ended on { $day }. Its comments and answers stay readable here; the municipality still answers open comments.
consultation-answer-by-municipality = The municipality's answer:
consultation-answer-link = Answer or moderate
consultation-answer-title = Answer a comment
consultation-back-to-paragraph = Back to the paragraph
consultation-answer-heading = Answer
consultation-answer-intro = Your answer appears publicly below the comment; its author is told.
consultation-outcome-legend = What becomes of the comment?
consultation-outcome-open = Open
consultation-outcome-taken-up = Taken into account
consultation-outcome-not-taken-up = Not taken into account
consultation-outcome-noted = Noted
consultation-outcome-missing = Please choose what becomes of the comment.
consultation-answer-label = Answer
consultation-answer-hint = For example, what the next version changes, or why not.
consultation-answer-length = Please write an answer (at most 5,000 characters).
consultation-answer-save = Publish the answer
consultation-moderation-heading = Moderation
consultation-hide-reason-label = Reason for hiding it
consultation-hide-reason-hint = The reason appears publicly in place of the comment.
consultation-hide-reason-missing = Please give a reason (at most 500 characters).
consultation-hide = Hide the comment
