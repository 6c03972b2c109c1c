//! Instantiation checks of generic functions and types, with types2's
//! messages: the number of type arguments, constraint satisfaction
//! (`string does not satisfy Number (string missing in ~int | ~float64)`)
//! and the text of a generic declaration's type parameter list.
//!
//! Divergence: generic bodies are still checked per instantiation
//! (monomorphised); these checks run first, so an instance whose type
//! arguments do not satisfy their constraints is never compiled.

use types::FastMap as HashMap;

use syntax::ast::*;
use types::{IMethod, Kind, TypeId};

use crate::expr::expr_string;
use crate::{Compiler, Ctx};

/// A type parameter: its name and its constraint expression.
pub(crate) fn tparams<'a>(fields: &'a [Field<'a>]) -> Vec<(&'a Ident<'a>, &'a Expr<'a>)> {
    fields.iter().flat_map(|f| f.names.iter().map(move |n| (n, f.typ))).collect()
}

/// `[K, V any, X comparable]` as types2 prints a type parameter list:
/// consecutive parameters with the same constraint (one field, or the
/// same named constraint) print it once.
pub(crate) fn tparam_list_text(fields: &[Field]) -> String {
    let items: Vec<(usize, &str, String, bool)> = fields
        .iter()
        .enumerate()
        .flat_map(|(fi, f)| {
            let c = expr_string(f.typ);
            let named = matches!(f.typ.kind, ExprKind::Ident(_) | ExprKind::Selector(..));
            f.names.iter().map(move |n| (fi, n.name, c.clone(), named))
        })
        .collect();
    let mut out = String::from("[");
    for (i, (fi, name, _, named)) in items.iter().enumerate() {
        if i > 0 {
            let (pfi, _, pc, pnamed) = &items[i - 1];
            let shared = pfi == fi || *pnamed && *named && *pc == items[i].2;
            if !shared {
                out.push(' ');
                out.push_str(pc);
            }
            out.push_str(", ");
        }
        out.push_str(name);
    }
    if let Some((_, _, c, _)) = items.last() {
        out.push(' ');
        out.push_str(c);
    }
    out.push(']');
    out
}

/// Where types2 reports a problem with type argument `a`: its start,
/// except for a function type, whose syntax node starts at the `(` after
/// `func`.
pub(crate) fn targ_pos(a: &Expr) -> Span {
    match a.kind {
        ExprKind::FuncType(_) => Span { lo: a.span.lo + 4, hi: a.span.hi },
        _ => a.span,
    }
}

/// A constraint as a type set: methods, terms (`~int`) and comparability.
pub(crate) struct TypeSet {
    pub methods: Vec<IMethod>,
    pub terms: Vec<(bool, TypeId)>,
    pub comparable: bool,
    /// The interface type, for method lookups.
    pub iface: TypeId,
}

/// A generic type instantiation whose type arguments are checked once the
/// package-level declarations are resolved (`Compiler::later_verify`).
pub(crate) struct LaterVerify<'a> {
    spec: &'a TypeSpec<'a>,
    pkg: usize,
    file: usize,
    targs: Vec<TypeId>,
    spans: Vec<Span>,
    pos: Span,
    /// Where it was met (for the error's file).
    at: Ctx<'a>,
}

impl<'a> Compiler<'a> {
    /// The type set of constraint expression `c` in the current context.
    pub(crate) fn constraint_set(&mut self, c: &'a Expr<'a>) -> TypeSet {
        let mut methods = Vec::new();
        let mut terms = Vec::new();
        let mut comparable = false;
        self.collect_terms(c, &mut methods, &mut terms, &mut comparable);
        methods.sort_by(|a: &IMethod, b: &IMethod| a.name.cmp(&b.name));
        methods.dedup_by(|a, b| a.name == b.name);
        let mut seen = Vec::new();
        terms.retain(|t| {
            let keep = !seen.iter().any(|s: &(bool, TypeId)| s.0 == t.0 && s.1 == t.1);
            seen.push(*t);
            keep
        });
        let iface = self.tt.intern(Kind::Interface { methods: methods.clone(), terms: vec![], comparable: false });
        TypeSet { methods, terms, comparable, iface }
    }

    /// Why `v` does not satisfy constraint `c` (named `cname`), as types2
    /// words it; None if it does.
    fn unsatisfied(&self, v: TypeId, set: &TypeSet, cname: &str) -> Option<String> {
        // A placeholder of inference (a constraint instantiated with a type
        // parameter still unknown) is checked once it is inferred.
        if matches!(self.tt.kind(v), Kind::TypeParam(_)) {
            return None;
        }
        let vn = self.tname(v);
        if set.methods.is_empty() && set.terms.is_empty() && !set.comparable {
            return None;
        }
        if !set.methods.is_empty() {
            if let Some(why) = self.missing_method(v, set.iface) {
                return Some(format!("{vn} does not satisfy {cname} {}", crate::expr::paren_why(&why)));
            }
        }
        if !set.terms.is_empty() {
            if let Kind::Interface { terms: vterms, .. } = self.tt.ukind(v) {
                let subset =
                    !vterms.is_empty() && vterms.iter().all(|vt| set.terms.iter().any(|t| self.term_includes(*t, vt.1) && (t.0 || !vt.0)));
                if !subset {
                    return Some(format!("{vn} does not satisfy {cname}"));
                }
            } else if !set.terms.iter().any(|t| self.term_includes(*t, v)) {
                // `V ∉ T` but `V ∈ ~T`: suggest the tilde.
                let alt = set
                    .terms
                    .iter()
                    .find(|(tilde, t)| !tilde && self.tt.underlying(*t) == *t && !self.tt.is_named(*t) && self.tt.underlying(v) == *t);
                let detail = match alt {
                    Some((_, t)) => format!("possibly missing ~ for {} in {cname}", self.tname(*t)),
                    None => {
                        let list: Vec<String> =
                            set.terms.iter().map(|(tilde, t)| format!("{}{}", if *tilde { "~" } else { "" }, self.tname(*t))).collect();
                        format!("{vn} missing in {}", list.join(" | "))
                    }
                };
                return Some(format!("{vn} does not satisfy {cname} ({detail})"));
            }
        }
        if set.comparable && !self.tt.comparable(v) {
            return Some(format!("{vn} does not satisfy comparable"));
        }
        None
    }

    /// Whether term `~t` / `t` includes type `v`.
    fn term_includes(&self, (tilde, t): (bool, TypeId), v: TypeId) -> bool {
        if tilde {
            self.tt.underlying(v) == self.tt.underlying(t)
        } else {
            v == t
        }
    }

    /// The constraints of type parameters `fields` (declared in package
    /// `pkg`, file `file`) with type arguments `targs` substituted, and
    /// their names as messages print them.
    fn constraints(&mut self, fields: &'a [Field<'a>], pkg: usize, file: usize, targs: &[TypeId]) -> Vec<(TypeSet, String)> {
        let tps = tparams(fields);
        let subst: HashMap<&'a str, TypeId> = tps.iter().zip(targs).map(|((n, _), t)| (n.name, *t)).collect();
        let saved = std::mem::replace(&mut self.ctx, Ctx { pkg, file, subst });
        let saved_f = std::mem::take(&mut self.fstack);
        let sets: Vec<TypeSet> = tps.iter().map(|(_, c)| self.constraint_set(c)).collect();
        // Named (and literal interface) constraints print as types.
        let named: Vec<Option<TypeId>> = tps
            .iter()
            .map(|(_, c)| match c.kind {
                ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) | ExprKind::InterfaceType { .. } => self.type_expr(c),
                _ => None,
            })
            .collect();
        self.fstack = saved_f;
        self.ctx = saved;
        sets.into_iter()
            .zip(named)
            .map(|(set, named)| {
                let name = match named {
                    Some(ct) => self.tname(ct),
                    // An implicit interface prints as its terms.
                    None => {
                        let list: Vec<String> =
                            set.terms.iter().map(|(tilde, t)| format!("{}{}", if *tilde { "~" } else { "" }, self.tname(*t))).collect();
                        list.join(" | ")
                    }
                };
                (set, name)
            })
            .collect()
    }

    /// Checks type arguments `targs` of a generic declared with type
    /// parameters `fields` (in package `pkg`, file `file`) against their
    /// constraints, reporting the first failure at the explicit type
    /// argument (`xlist[i]`) or at `pos`. True if all are satisfied.
    pub(crate) fn verify_targs(
        &mut self,
        fields: &'a [Field<'a>],
        pkg: usize,
        file: usize,
        targs: &[TypeId],
        xlist: &[Span],
        pos: Span,
    ) -> bool {
        let cs = self.constraints(fields, pkg, file, targs);
        for (i, (set, cname)) in cs.iter().enumerate() {
            let Some(&v) = targs.get(i) else { break };
            if let Some(msg) = self.unsatisfied(v, set, cname) {
                let at = xlist.get(i).copied().unwrap_or(pos);
                self.error(at, msg);
                return false;
            }
        }
        true
    }

    /// During inference, once the typed arguments are unified: a known
    /// type argument must have the methods of a constraint without a core
    /// type (`in call to F, T (type S) does not satisfy I (missing method
    /// M)`). `placeholders` stand for the unknown ones.
    #[allow(clippy::too_many_arguments)] // infer's state, shared with its caller mid-inference
    pub(crate) fn infer_methods_ok(
        &mut self,
        fields: &'a [Field<'a>],
        pkg: usize,
        file: usize,
        found: &[Option<TypeId>],
        placeholders: &[TypeId],
        cores: &[Option<TypeId>],
        call: Option<&str>,
        pos: Span,
    ) -> bool {
        let targs: Vec<TypeId> = found.iter().zip(placeholders).map(|(f, p)| f.unwrap_or(*p)).collect();
        let cs = self.constraints(fields, pkg, file, &targs);
        let tps = tparams(fields);
        for (i, (set, cname)) in cs.iter().enumerate() {
            let (Some(v), None) = (found[i], cores.get(i).copied().flatten()) else { continue };
            if set.methods.is_empty() {
                continue;
            }
            if let Some(why) = self.missing_method(v, set.iface) {
                let prefix = call.map(|c| format!("in call to {c}, ")).unwrap_or_default();
                let msg =
                    format!("{prefix}{} (type {}) does not satisfy {cname} {}", tps[i].0.name, self.tname(v), crate::expr::paren_why(&why));
                self.error(pos, msg);
                return false;
            }
        }
        true
    }

    /// The number of type arguments of a generic type instantiation.
    pub(crate) fn check_type_targ_count(&mut self, spec: &'a TypeSpec<'a>, got: usize, pos: Span) -> bool {
        let want = tparams(spec.type_params).len();
        let qual = match got.cmp(&want) {
            std::cmp::Ordering::Less => "not enough",
            std::cmp::Ordering::Greater => "too many",
            std::cmp::Ordering::Equal => return true,
        };
        self.error(pos, format!("{qual} type arguments for type {}: have {got}, want {want}", spec.name.name));
        false
    }

    /// Instantiates generic type `spec` (of package `pkg`) with explicit
    /// type arguments, checking their number and constraints.
    pub(crate) fn instantiate_type_checked(
        &mut self,
        spec: &'a TypeSpec<'a>,
        pkg: usize,
        x: &'a Expr<'a>,
        args: &'a [Expr<'a>],
    ) -> Option<TypeId> {
        let targs: Vec<TypeId> = args.iter().map(|a| self.resolve_type(a)).collect();
        if !self.check_type_targ_count(spec, targs.len(), x.span) {
            return None;
        }
        let file = self
            .objs
            .iter()
            .find(|o| matches!(o.kind, crate::ObjKind::Type { spec: s } if std::ptr::eq(s, spec)))
            .map(|o| o.file)
            .unwrap_or(self.ctx.file);
        // A constraint that mentions its own generic type (`type N[B N[B]]
        // interface{ Add(B) B }`) instantiates it while its arguments are
        // checked: like types2, which verifies instantiations once the
        // declarations are set up, check each (type, arguments) pair once
        // on the way down rather than forever.
        let key = (spec as *const TypeSpec<'a>, targs.clone());
        let spans: Vec<Span> = args.iter().map(targ_pos).collect();
        if let Some(later) = &mut self.later_verify {
            let at = Ctx { pkg: self.ctx.pkg, file: self.ctx.file, subst: HashMap::default() };
            later.push(LaterVerify { spec, pkg, file, targs: targs.clone(), spans, pos: x.span, at });
        } else if !self.verifying.contains(&key) {
            self.verifying.push(key);
            let ok = self.verify_targs(spec.type_params, pkg, file, &targs, &spans, x.span);
            self.verifying.pop();
            if !ok {
                return None;
            }
        }
        Some(self.instantiate_type(spec, pkg, &targs))
    }

    /// Checks the instantiations `instantiate_type_checked` put off while
    /// the package-level declarations were resolved.
    pub(crate) fn verify_later(&mut self) {
        let Some(later) = self.later_verify.take() else { return };
        for v in later {
            let saved = std::mem::replace(&mut self.ctx, v.at);
            let key = (v.spec as *const TypeSpec<'a>, v.targs.clone());
            self.verifying.push(key);
            self.verify_targs(v.spec.type_params, v.pkg, v.file, &v.targs, &v.spans, v.pos);
            self.verifying.pop();
            self.ctx = saved;
        }
    }

    /// `(declared at ./f.go:6:11)` for a type parameter of object `id`.
    pub(crate) fn declared_at(&self, id: crate::ObjId, name: &Ident) -> String {
        let file = self.objs[id.0 as usize].file;
        let map = &self.files[file.min(self.files.len() - 1)].map;
        format!("(declared at {})", crate::pos_ref(map, name.span.lo))
    }
}
