//! One trace record: an event name, a goroutine and ordered fields, printed
//! as a GODEBUG-style text line or as one JSON object (docs/trace-format.md).

use std::fmt::Write as _;

/// A field value. Addresses are `Hex` (a `"0x…"` string in JSON, so that
/// they read the same in both formats).
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Str(String),
    Int(i64),
    Bool(bool),
    Hex(u64),
}

impl From<&str> for Field {
    fn from(s: &str) -> Field {
        Field::Str(s.to_string())
    }
}
impl From<String> for Field {
    fn from(s: String) -> Field {
        Field::Str(s)
    }
}
impl From<i64> for Field {
    fn from(i: i64) -> Field {
        Field::Int(i)
    }
}
impl From<u64> for Field {
    fn from(i: u64) -> Field {
        Field::Int(i as i64)
    }
}
impl From<u32> for Field {
    fn from(i: u32) -> Field {
        Field::Int(i as i64)
    }
}
impl From<usize> for Field {
    fn from(i: usize) -> Field {
        Field::Int(i as i64)
    }
}
impl From<bool> for Field {
    fn from(b: bool) -> Field {
        Field::Bool(b)
    }
}

/// The event groups of `--events`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Call,
    Defer,
    Panic,
    Stack,
    Sched,
    /// One record per VM instruction (`--events instr`; not in `all`).
    Instr,
}

impl Group {
    pub fn parse(s: &str) -> Option<Group> {
        Some(match s {
            "call" => Group::Call,
            "defer" => Group::Defer,
            "panic" => Group::Panic,
            "stack" => Group::Stack,
            "sched" => Group::Sched,
            "instr" => Group::Instr,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Record {
    pub ev: &'static str,
    pub group: Group,
    pub goid: u64,
    pub fields: Vec<(&'static str, Field)>,
}

impl Record {
    pub fn new(ev: &'static str, group: Group, goid: u64) -> Record {
        Record { ev, group, goid, fields: Vec::new() }
    }

    pub fn f(mut self, k: &'static str, v: impl Into<Field>) -> Record {
        self.fields.push((k, v.into()));
        self
    }

    pub fn hex(mut self, k: &'static str, v: u64) -> Record {
        self.fields.push((k, Field::Hex(v)));
        self
    }

    /// `[g1] defer.push kind=open-coded fn=main.main.func1 args=(1)`.
    pub fn text(&self) -> String {
        let mut s = format!("[g{}] {}", self.goid, self.ev);
        for (k, v) in &self.fields {
            let _ = write!(s, " {k}=");
            match v {
                Field::Str(t) if t.is_empty() || t.contains([' ', '"', '=', '\t', '\n']) => {
                    let _ = write!(s, "{t:?}");
                }
                Field::Str(t) => s.push_str(t),
                Field::Int(i) => {
                    let _ = write!(s, "{i}");
                }
                Field::Bool(b) => {
                    let _ = write!(s, "{b}");
                }
                Field::Hex(x) => {
                    let _ = write!(s, "{x:#x}");
                }
            }
        }
        s
    }

    /// `{"ev":"defer.push","g":1,"kind":"open-coded",...}` with keys in order.
    pub fn json(&self) -> String {
        let mut s = format!("{{\"ev\":{},\"g\":{}", json_str(self.ev), self.goid);
        for (k, v) in &self.fields {
            let _ = write!(s, ",{}:", json_str(k));
            match v {
                Field::Str(t) => s.push_str(&json_str(t)),
                Field::Int(i) => {
                    let _ = write!(s, "{i}");
                }
                Field::Bool(b) => {
                    let _ = write!(s, "{b}");
                }
                Field::Hex(x) => {
                    let _ = write!(s, "\"{x:#x}\"");
                }
            }
        }
        s.push('}');
        s
    }

    pub fn to_json_value(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        m.insert("ev".into(), self.ev.into());
        m.insert("g".into(), self.goid.into());
        for (k, v) in &self.fields {
            m.insert((*k).into(), field_json(v));
        }
        serde_json::Value::Object(m)
    }
}

pub fn field_json(v: &Field) -> serde_json::Value {
    match v {
        Field::Str(t) => t.clone().into(),
        Field::Int(i) => (*i).into(),
        Field::Bool(b) => (*b).into(),
        Field::Hex(x) => format!("{x:#x}").into(),
    }
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn text_and_json() {
        let r = Record::new("panic.start", Group::Panic, 1).f("id", 1u64).f("value", "\"boom\"").hex("sp", 0xc000).f("ok", true);
        assert_eq!(r.text(), r#"[g1] panic.start id=1 value="\"boom\"" sp=0xc000 ok=true"#);
        assert_eq!(r.json(), r#"{"ev":"panic.start","g":1,"id":1,"value":"\"boom\"","sp":"0xc000","ok":true}"#);
    }
}
