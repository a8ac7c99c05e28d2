//! Placeholder: this module is being written on a branch (see git log).
