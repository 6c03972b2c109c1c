//! gostd
