//! The password policy's settings, [`PasswordPolicy`]: the part of `config.json` this
//! module reads. `domain::config` only parses the file into it and checks the ranges.

/// The mail system's password policy, with Alibaba Mail's defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// Fewest characters (Unicode code points). Default 8; some admin pages say 9.
    pub min_length: usize,
    /// Most characters (Unicode code points). Default 64.
    pub max_length: usize,
    /// How many of the four character classes must appear. Default 3.
    pub required_classes: u8,
    /// Postmaster-defined words a password may not contain (case-insensitive).
    pub weak_keywords: Vec<String>,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            min_length: 8,
            max_length: 64,
            required_classes: 3,
            weak_keywords: Vec::new(),
        }
    }
}
