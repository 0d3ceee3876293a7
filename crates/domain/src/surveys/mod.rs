//! Surveys of a process: questions of six kinds with sections and simple
//! conditions, anonymous or signed, answered online or entered from paper;
//! the checks a response must pass and how its answers are kept.

pub mod answers;
pub mod kinds;
pub mod question_form;
pub mod settings;

pub use kinds::QuestionKind;

/// A question as the survey holds it (checked, with its stored id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: i64,
    pub kind: QuestionKind,
    pub prompt: String,
    pub help: String,
    pub required: bool,
    /// Choices (single, multiple, ranking).
    pub options: Vec<String>,
    /// Rows of a matrix.
    pub rows: Vec<String>,
    /// Multiple choice: how many may be ticked.
    pub min_choices: Option<u32>,
    pub max_choices: Option<u32>,
    /// Scale and matrix: the names of 1 and of 5.
    pub low_label: String,
    pub high_label: String,
    /// Shown only when another question was answered with one choice.
    pub condition: Option<Condition>,
}

/// "Show this question only if question `question` was answered with choice `option`."
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    pub question: i64,
    pub option: u32,
}

/// The points of a scale (and of each matrix row): 1 to 5.
pub const SCALE_POINTS: u8 = 5;

/// How a response reached the survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponseSource {
    Online,
    /// A paper questionnaire entered by staff.
    Paper,
}

impl ResponseSource {
    pub const ALL: [ResponseSource; 2] = [ResponseSource::Online, ResponseSource::Paper];

    pub fn as_str(self) -> &'static str {
        match self {
            ResponseSource::Online => "online",
            ResponseSource::Paper => "paper",
        }
    }

    pub fn parse(s: &str) -> Option<ResponseSource> {
        ResponseSource::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn name_key(self) -> &'static str {
        match self {
            ResponseSource::Online => "survey-source-online",
            ResponseSource::Paper => "survey-source-paper",
        }
    }
}
