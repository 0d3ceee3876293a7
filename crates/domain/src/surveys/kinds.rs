//! The kinds of question a survey asks (and the section heading between them).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// Not a question: a heading with an introduction that starts a section.
    Section,
    Single,
    Multiple,
    Text,
    Scale,
    Ranking,
    Matrix,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 7] = [
        QuestionKind::Section,
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::Text,
        QuestionKind::Scale,
        QuestionKind::Ranking,
        QuestionKind::Matrix,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Section => "section",
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::Text => "text",
            QuestionKind::Scale => "scale",
            QuestionKind::Ranking => "ranking",
            QuestionKind::Matrix => "matrix",
        }
    }

    pub fn parse(s: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The Fluent id of its name.
    pub fn name_key(self) -> &'static str {
        match self {
            QuestionKind::Section => "survey-kind-section",
            QuestionKind::Single => "survey-kind-single",
            QuestionKind::Multiple => "survey-kind-multiple",
            QuestionKind::Text => "survey-kind-text",
            QuestionKind::Scale => "survey-kind-scale",
            QuestionKind::Ranking => "survey-kind-ranking",
            QuestionKind::Matrix => "survey-kind-matrix",
        }
    }

    /// Has a list of choices.
    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking)
    }

    /// Is answered on the 1–5 scale (itself or per matrix row).
    pub fn has_scale(self) -> bool {
        matches!(self, QuestionKind::Scale | QuestionKind::Matrix)
    }

    /// Can be the condition of a later question (one choice decides).
    pub fn can_condition(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple)
    }

    /// Takes an answer (a section does not).
    pub fn is_question(self) -> bool {
        self != QuestionKind::Section
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_stored_by_name() {
        for kind in QuestionKind::ALL {
            assert_eq!(QuestionKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(QuestionKind::parse("essay"), None);
    }
}
