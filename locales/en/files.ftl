# Uploaded files: pictures and attachments
file-picture-hint = { $types }, at most { $max }. Only pictures you may show, and no recognisable people without their consent.
file-attachments-label = Attachments (optional)
file-attachments-hint = For example a plan or a flyer: { $types }, up to { $count } files of at most { $max } each.
file-choose-picture = Choose a picture
file-replace-picture = Choose another picture
file-choose-attachments = Choose files
file-keep-picture = Keep this picture
file-remove-picture = Remove the picture
file-keep = Keep
file-remove = Remove
file-alt-label = What does the picture show?
file-alt-hint = A short sentence for people who cannot see the picture, for example "Children planting flowers in the community garden".
file-empty = The file "{ $name }" is empty. Please choose another file.
file-too-large = The file "{ $name }" is larger than { $max }. Please choose a smaller file.
file-not-an-image = "{ $name }" is not a picture in { $types } format. Please choose a photo or graphic in one of these formats.
file-type-not-accepted = "{ $name }" is not in an accepted format. Accepted are { $types }.
file-too-many = At most { $count ->
    [one] one file is
   *[other] { $count } files are
} possible. Further files were not taken.
file-alt-required = Please describe briefly what the picture shows.
file-alt-too-long = The description of the picture can be at most 300 characters long.
file-attachments-heading = Attachments
