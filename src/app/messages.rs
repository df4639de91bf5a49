//! What the app tells the coordinator in the message bar, each with a severity. A later message
//! replaces earlier news and warnings, but never an error the coordinator has not dismissed: "Saved"
//! after "Could not keep a recovery copy" shows both, the error first.

/// How much a message matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something done ("Saved …").
    Info,
    /// Something to know that changed nothing wrong ("There is no bulletin to export").
    Warning,
    /// Something that did not happen and should have ("Not saved: …").
    Error,
}

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// How much it matters.
    pub severity: Severity,
    /// What it says.
    pub text: String,
}

/// The messages shown: errors not yet dismissed, then the latest message.
#[derive(Clone, Debug, Default)]
pub struct Messages {
    shown: Vec<Message>,
}

/// At most this many errors are kept waiting; older ones go first.
const MOST_ERRORS: usize = 3;

impl Messages {
    /// Shows `text`: earlier news and warnings go, earlier errors stay (the same text is not
    /// repeated).
    pub fn say(&mut self, severity: Severity, text: impl Into<String>) {
        let text = text.into();
        self.shown.retain(|m| m.severity == Severity::Error && m.text != text);
        if severity == Severity::Error {
            while self.shown.len() >= MOST_ERRORS {
                self.shown.remove(0);
            }
        }
        self.shown.push(Message { severity, text });
    }

    /// Something done.
    pub fn info(&mut self, text: impl Into<String>) {
        self.say(Severity::Info, text);
    }

    /// Something to know.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.say(Severity::Warning, text);
    }

    /// Something that did not happen.
    pub fn error(&mut self, text: impl Into<String>) {
        self.say(Severity::Error, text);
    }

    /// The messages, oldest first.
    pub fn shown(&self) -> &[Message] {
        &self.shown
    }

    /// The latest message.
    pub fn latest(&self) -> Option<&Message> {
        self.shown.last()
    }

    /// Takes one message away (the Dismiss button beside it).
    pub fn dismiss(&mut self, index: usize) {
        if index < self.shown.len() {
            self.shown.remove(index);
        }
    }

    /// Takes every message away.
    pub fn clear(&mut self) {
        self.shown.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_replaces_news_but_never_an_error_not_yet_dismissed() {
        let mut m = Messages::default();
        m.info("Saved a.");
        m.info("Saved b.");
        assert_eq!(m.shown().len(), 1);
        m.error("Not saved: disk full.");
        m.info("Saved c.");
        let texts: Vec<&str> = m.shown().iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Not saved: disk full.", "Saved c."]);
        assert_eq!(m.latest().unwrap().severity, Severity::Info);
        // The same error again is not shown twice; the oldest of many errors goes.
        m.error("Not saved: disk full.");
        for n in 0..5 {
            m.error(format!("Error {n}."));
        }
        let texts: Vec<&str> = m.shown().iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Error 2.", "Error 3.", "Error 4."]);
        m.dismiss(0);
        assert_eq!(m.shown().len(), 2);
        m.clear();
        assert!(m.latest().is_none());
    }
}
