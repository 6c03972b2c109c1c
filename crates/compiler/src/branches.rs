//! Labels and branch statements of one function body, checked as gc's
//! `syntax.checkBranches` does before type checking: misplaced `break`,
//! `continue` and `fallthrough`, bad labeled breaks and continues, unused,
//! duplicate and missing labels, and gotos that jump over a variable
//! declaration or into a block.
//!
//! The walk is purely syntactic; a function literal's body is checked on
//! its own (when it is compiled). Code generation relies on it: it emits
//! jumps only for branches this pass accepted.

use types::FastMap as HashMap;

use syntax::ast::*;

/// A branch error: where, and the message. `pos` renders a byte offset as
/// `./file.go:line:col` for messages that point elsewhere.
pub(crate) fn check(body: &Block, pos: &dyn Fn(u32) -> String) -> Vec<(Span, String)> {
    let mut ls = LabelScope { labels: HashMap::default(), blocks: Vec::new(), errs: Vec::new(), pos };
    let fwd = ls.block_branches(None, Targets::default(), None, body.lbrace, body.stmts);
    for g in fwd {
        match ls.labels.get_mut(g.label.name) {
            Some(l) => {
                l.used = true;
                let start = ls.blocks[l.block].start;
                let msg = format!("goto {} jumps into block starting at {}", g.label.name, (ls.pos)(start.lo));
                ls.errs.push((g.label.span, msg));
            }
            None => ls.errs.push((g.label.span, format!("label {} not defined", g.label.name))),
        }
    }
    let mut unused: Vec<&Label> = ls.labels.values().filter(|l| !l.used).collect();
    unused.sort_by_key(|l| l.span.lo);
    let unused: Vec<(Span, String)> = unused.iter().map(|l| (l.span, format!("label {} defined and not used", l.name))).collect();
    ls.errs.extend(unused);
    ls.errs
}

/// What a label labels (for the validity of `break L` / `continue L`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Labeled {
    For,
    Switch,
    Select,
    Other,
}

struct Label<'a> {
    name: &'a str,
    span: Span,
    /// The block declaring the label.
    block: usize,
    /// Identity of the labeled statement (its label's offset).
    stmt: u32,
    what: Labeled,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: Span,
    /// The labeled statement this block belongs to (label offset).
    lstmt: Option<u32>,
}

/// The statements `break` and `continue` (unlabeled) go to, and for a
/// switch case body, the case index (for `fallthrough`).
#[derive(Clone, Copy, Default)]
struct Targets {
    breaks: Option<Labeled>,
    continues: bool,
    /// Some((case index, number of cases)) directly in an expression
    /// switch's case body.
    case: Option<(usize, usize)>,
    type_switch: bool,
}

#[derive(Clone, Copy)]
struct Goto<'a> {
    label: Ident<'a>,
    /// Unique id (the goto statement's offset).
    id: u32,
}

struct LabelScope<'a, 'p> {
    labels: HashMap<&'a str, Label<'a>>,
    blocks: Vec<BlockInfo>,
    errs: Vec<(Span, String)>,
    pos: &'p dyn Fn(u32) -> String,
}

fn labeled_kind(s: &Stmt) -> Labeled {
    match s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Labeled::For,
        StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => Labeled::Switch,
        StmtKind::Select { .. } => Labeled::Select,
        _ => Labeled::Other,
    }
}

impl<'a, 'p> LabelScope<'a, 'p> {
    /// The label `name` if it is declared in block `b` or an enclosing one.
    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else { return false };
        l.used = true;
        let target = l.block;
        let mut cur = Some(b);
        while let Some(c) = cur {
            if c == target {
                return true;
            }
            cur = self.blocks[c].parent;
        }
        false
    }

    /// The innermost enclosing statement labeled `name`: None if no such
    /// label exists, Some(None) if it labels no enclosing statement.
    fn enclosing_target(&mut self, b: usize, name: &str) -> Option<Option<Labeled>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let (stmt, what) = (l.stmt, l.what);
        let mut cur = Some(b);
        while let Some(c) = cur {
            if self.blocks[c].lstmt == Some(stmt) {
                return Some(Some(what));
            }
            cur = self.blocks[c].parent;
        }
        Some(None)
    }

    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<u32>,
        start: Span,
        body: &'a [Stmt<'a>],
    ) -> Vec<Goto<'a>> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo { parent, start, lstmt });
        // The last variable declaration seen, and the forward gotos that
        // jump over it (if their label comes later in this block).
        let mut var_decl: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto<'a>> = Vec::new();
        let mut bad: Vec<u32> = Vec::new();
        for (index, stmt) in body.iter().enumerate() {
            let mut s = stmt;
            let mut lstmt = None;
            // A labeled statement declares its label, then is processed
            // as the statement it labels.
            while let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                if label.name != "_" {
                    if let Some(prev) = self.labels.get(label.name) {
                        let msg = format!("label {} already defined at {}", label.name, (self.pos)(prev.span.lo));
                        self.errs.push((label.span, msg));
                    } else {
                        self.labels.insert(
                            label.name,
                            Label {
                                name: label.name,
                                span: label.span,
                                block: b,
                                stmt: label.span.lo,
                                what: labeled_kind(inner),
                                used: false,
                            },
                        );
                    }
                    let mut keep = Vec::new();
                    for g in fwd.drain(..) {
                        if g.label.name == label.name {
                            if let Some(l) = self.labels.get_mut(label.name) {
                                l.used = true;
                            }
                            if let Some((at, name)) = var_decl.as_ref().filter(|_| bad.contains(&g.id)) {
                                let msg = format!("goto {} jumps over declaration of {name} at {}", label.name, (self.pos)(*at));
                                self.errs.push((g.label.span, msg));
                            }
                        } else {
                            keep.push(g);
                        }
                    }
                    fwd = keep;
                    lstmt = Some(label.span.lo);
                }
                s = inner;
            }
            let mut record_var = |at: u32, name: String, fwd: &Vec<Goto<'a>>| {
                var_decl = Some((at, name));
                bad = fwd.iter().map(|g| g.id).collect();
            };
            let inner = |ctxt: Targets| Targets { case: None, ..ctxt };
            match &s.kind {
                StmtKind::Decl(g) if g.kind == GenKind::Var => {
                    if let Some(Spec::Value(v)) = g.specs.first() {
                        if let Some(n) = v.names.first() {
                            record_var(n.span.lo, n.name.to_string(), &fwd);
                        }
                    }
                }
                StmtKind::Assign { lhs, op: AssignOp::Define, op_span, .. } => {
                    let names: Vec<String> = lhs.iter().map(crate::expr::expr_string).collect();
                    record_var(op_span.lo, names.join(", "), &fwd);
                }
                StmtKind::Branch { kind, label: None } => match kind {
                    BranchKind::Break => {
                        if ctxt.breaks.is_none() {
                            self.errs.push((s.span, "break is not in a loop, switch, or select".into()));
                        }
                    }
                    BranchKind::Continue => {
                        if !ctxt.continues {
                            self.errs.push((s.span, "continue is not in a loop".into()));
                        }
                    }
                    BranchKind::Fallthrough => {
                        let mut msg = "fallthrough statement out of place";
                        if ctxt.breaks == Some(Labeled::Switch) {
                            if ctxt.type_switch {
                                msg = "cannot fallthrough in type switch";
                            } else {
                                match ctxt.case {
                                    Some((i, n)) if index + 1 == body.len() => {
                                        if i + 1 == n {
                                            msg = "cannot fallthrough final case in switch";
                                        } else {
                                            continue;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        self.errs.push((s.span, msg.into()));
                    }
                    BranchKind::Goto => {}
                },
                StmtKind::Branch { kind, label: Some(l) } => match kind {
                    BranchKind::Break => match self.enclosing_target(b, l.name) {
                        Some(Some(Labeled::For | Labeled::Switch | Labeled::Select)) => {}
                        Some(_) => self.errs.push((l.span, format!("invalid break label {}", l.name))),
                        None => self.errs.push((l.span, format!("break label not defined: {}", l.name))),
                    },
                    BranchKind::Continue => match self.enclosing_target(b, l.name) {
                        Some(Some(Labeled::For)) => {}
                        Some(_) => self.errs.push((l.span, format!("invalid continue label {}", l.name))),
                        None => self.errs.push((l.span, format!("continue label not defined: {}", l.name))),
                    },
                    BranchKind::Goto => {
                        if !self.goto_target(b, l.name) {
                            fwd.push(Goto { label: *l, id: s.span.lo });
                        }
                    }
                    BranchKind::Fallthrough => {}
                },
                StmtKind::Block(blk) => {
                    let r = self.block_branches(Some(b), inner(ctxt), lstmt, blk.lbrace, blk.stmts);
                    fwd.extend(r);
                }
                StmtKind::If { then, els, .. } => {
                    let r = self.block_branches(Some(b), inner(ctxt), lstmt, then.lbrace, then.stmts);
                    fwd.extend(r);
                    if let Some(e) = els {
                        let start = match &e.kind {
                            StmtKind::Block(eb) => eb.lbrace,
                            _ => e.span,
                        };
                        let r = self.block_branches(Some(b), inner(ctxt), lstmt, start, std::slice::from_ref(*e));
                        fwd.extend(r);
                    }
                }
                StmtKind::For { body: fb, .. } | StmtKind::Range { body: fb, .. } => {
                    let t = Targets { breaks: Some(Labeled::For), continues: true, case: None, type_switch: false };
                    let r = self.block_branches(Some(b), t, lstmt, fb.lbrace, fb.stmts);
                    fwd.extend(r);
                }
                StmtKind::Switch { body: cases, .. } | StmtKind::TypeSwitch { body: cases, .. } => {
                    let type_switch = matches!(s.kind, StmtKind::TypeSwitch { .. });
                    for (i, cc) in cases.iter().enumerate() {
                        let t =
                            Targets { breaks: Some(Labeled::Switch), continues: ctxt.continues, case: Some((i, cases.len())), type_switch };
                        let r = self.block_branches(Some(b), t, lstmt, cc.span, cc.body);
                        fwd.extend(r);
                    }
                }
                StmtKind::Select { body: cases, .. } => {
                    for cc in cases.iter() {
                        let t = Targets { breaks: Some(Labeled::Select), continues: ctxt.continues, case: None, type_switch: false };
                        let r = self.block_branches(Some(b), t, lstmt, cc.span, cc.body);
                        fwd.extend(r);
                    }
                }
                _ => {}
            }
        }
        fwd
    }
}
