//! Instantiation checks of generic functions and types, with types2's
//! messages: the number of type arguments, constraint satisfaction
//! (`string does not satisfy Number (string missing in ~int | ~float64)`)
//! and the text of a generic declaration's type parameter list.
//!
//! Generic bodies are lowered per instantiation (monomorphised); these
//! checks run first, so an instance whose type arguments do not satisfy
//! their constraints is never compiled. Each generic body is also checked
//! once with its type parameters as types (`check_generic_bodies`).

use types::FastMap as HashMap;
use types::FastSet as HashSet;

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
        // A type parameter of a generic body being checked satisfies a
        // constraint if its type set does: its methods, comparability and
        // the underlying types of its specific types are checked.
        if let Some(f) = self.fake_tparam(v) {
            let vn = self.tname(v);
            if !set.methods.is_empty() {
                if let Some(why) = self.missing_method(v, set.iface) {
                    return Some(format!("{vn} does not satisfy {cname} {}", crate::expr::paren_why(&why)));
                }
            }
            let comparable = if f.no_terms { f.comparable } else { self.tt.comparable(v) };
            if set.comparable && !comparable {
                return Some(format!("{vn} does not satisfy comparable"));
            }
            // Its type set must be a subset of the constraint's specific
            // types (types2's implements: `K does not satisfy cmp.Ordered`
            // for a K constrained by comparable). Checked by underlying
            // types: a term a named type of the same underlying type would
            // refuse is not reported.
            if !set.terms.is_empty() {
                let outside =
                    f.no_terms || f.unders.iter().any(|u| !set.terms.iter().any(|t| self.tt.underlying(t.1) == self.tt.underlying(*u)));
                if outside {
                    return Some(format!("{vn} does not satisfy {cname}"));
                }
            }
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

    /// The name of the `i`th type parameter's constraint as messages print
    /// it (with type arguments `targs` substituted).
    pub(crate) fn constraint_name(&mut self, fields: &'a [Field<'a>], pkg: usize, file: usize, targs: &[TypeId], i: usize) -> String {
        self.constraints(fields, pkg, file, targs).into_iter().nth(i).map(|c| c.1).unwrap_or_default()
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
        if self.implicit_instance_cycle(spec as *const TypeSpec as usize, spec.type_params, file, &targs, Some(&spans)) {
            return None;
        }
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
        let t = self.instantiate_type(spec, pkg, &targs);
        self.instance_sites.entry(t).or_insert((self.ctx.file, x.span.lo));
        Some(t)
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

/// A type parameter standing for itself while a generic body is checked
/// (`Compiler::check_generic_bodies`): a defined type named after the
/// parameter whose underlying type models what the constraint allows.
pub(crate) struct FakeTParam {
    /// The constraint as messages print it (`any`, `~int | ~float64`).
    pub constraint: String,
    /// Whether the constraint has no specific types: the parameter's
    /// underlying type is then the constraint's interface (its methods),
    /// and the operations an interface has but a type parameter lacks
    /// (conversion and assignment of other types, `== nil`, type
    /// assertions and switches) are refused (`tparam_refuses`).
    pub no_terms: bool,
    /// Whether the constraint is comparable (`comparable` or embeds it).
    pub comparable: bool,
    /// The distinct underlying types of its specific types, in order
    /// (empty without specific types): more than one, and the body is
    /// checked once with each as the parameter's underlying type, so the
    /// operations that need one core type check this list.
    pub unders: Vec<TypeId>,
}

/// How one type parameter is modelled while its body is checked.
enum TParamModel {
    /// No specific types: the constraint's interface.
    Iface(TypeId),
    /// Specific types with one underlying type (the core type).
    Core(TypeId),
    /// Specific types with several underlying types: the body is checked
    /// once with each (an operation must suit every type of the set).
    Each(Vec<TypeId>),
}

/// At most this many checks of one generic body (the combinations of its
/// type parameters' underlying types); past it, one check per index.
const MAX_BODY_CHECKS: usize = 16;

impl<'a> Compiler<'a> {
    /// Checks the body of every generic function and method of the
    /// program's own packages once with its type parameters as types, as
    /// go/types does, not only per instantiation: `a + b` with `T any` is
    /// an error even when every instantiation allows `+`, and so is an
    /// error in a generic function never called. Lowering is still per
    /// instantiation: the code made here is dropped.
    ///
    /// A type parameter is modelled by a defined type of its name (see
    /// [`FakeTParam`]); a constraint with both methods and specific types
    /// is not modelled (its bodies stay checked per instantiation only).
    /// Errors count only inside the declaration checked; they replace those
    /// its instances reported there (an instance's message names the type
    /// argument, types2's the type parameter).
    pub(crate) fn check_generic_bodies(&mut self) {
        if self.instance_cycle {
            return;
        }
        enum G<'a> {
            Func(crate::ObjId, &'a FuncDecl<'a>),
            Type(&'a TypeSpec<'a>),
        }
        let mut todo: Vec<(G<'a>, usize, usize)> = Vec::new();
        for (i, o) in self.objs.iter().enumerate() {
            if !self.pkgs.get(o.pkg).is_some_and(|p| p.local) {
                continue;
            }
            match o.kind {
                crate::ObjKind::Func { decl } if !decl.type_params.is_empty() && decl.body.is_some() => {
                    todo.push((G::Func(crate::ObjId(i as u32), decl), o.pkg, o.file))
                }
                crate::ObjKind::Type { spec }
                    if !spec.type_params.is_empty() && !spec.alias && !self.local_generics.contains_key(&(spec as *const _ as usize)) =>
                {
                    todo.push((G::Type(spec), o.pkg, o.file))
                }
                _ => {}
            }
        }
        for (g, pkg, file) in todo {
            let (fields, spans): (&'a [Field<'a>], Vec<(usize, Span)>) = match g {
                G::Func(_, decl) => (decl.type_params, vec![(file, decl.span)]),
                G::Type(spec) => {
                    let ms = self.methods_of.get(&(pkg, spec.name.name)).cloned().unwrap_or_default();
                    if ms.is_empty() {
                        continue;
                    }
                    (spec.type_params, ms.iter().map(|(d, f)| (*f, d.span)).collect())
                }
            };
            let within = |e: &crate::CompileError| spans.iter().any(|(f, s)| e.file == *f && e.offset >= s.lo && e.offset < s.hi);
            // What the instances reported here is set aside: the check's
            // own errors replace it.
            let (stashed, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.diags).into_iter().partition(|e| within(e));
            self.diags = rest;
            let mut found: Vec<crate::CompileError> = Vec::new();
            let names: Vec<&'a str> = tparams(fields).iter().map(|(n, _)| n.name).collect();
            let mut combos: Option<usize> = None;
            let mut k = 0;
            while combos.is_none_or(|n| k < n) {
                let dmark = self.diags.len();
                let fakes: Vec<TypeId> = names.iter().map(|n| self.tt.new_named(n.to_string())).collect();
                let cs = self.constraints(fields, pkg, file, &fakes);
                let models: Option<Vec<TParamModel>> = cs.iter().map(|(set, _)| self.tparam_model(set)).collect();
                if self.diags.len() > dmark {
                    self.diags.truncate(dmark);
                    break;
                }
                let Some(models) = models else { break };
                let counts: Vec<usize> = models.iter().map(|m| if let TParamModel::Each(us) = m { us.len() } else { 1 }).collect();
                let n = *combos.get_or_insert_with(|| {
                    let all = counts.iter().try_fold(1usize, |acc, c| acc.checked_mul(*c).filter(|p| *p <= MAX_BODY_CHECKS));
                    all.unwrap_or_else(|| counts.iter().copied().max().unwrap_or(1))
                });
                let full = counts.iter().product::<usize>() == n;
                let mut rem = k;
                for (i, ((m, (set, cname)), fake)) in models.iter().zip(&cs).zip(&fakes).enumerate() {
                    let (under, no_terms, unders) = match m {
                        TParamModel::Iface(u) => (*u, true, Vec::new()),
                        TParamModel::Core(u) => (*u, false, vec![*u]),
                        TParamModel::Each(us) => {
                            let j = if full { rem % counts[i] } else { k % counts[i] };
                            rem /= counts[i];
                            (us[j], false, us.clone())
                        }
                    };
                    self.tt.set_underlying(*fake, under);
                    if !no_terms {
                        self.give_constraint_methods(*fake, set);
                    }
                    let fp = FakeTParam { constraint: cname.clone(), no_terms, comparable: set.comparable, unders };
                    self.fake_tparams.insert(*fake, fp);
                }
                let fmark = self.funcs.len();
                let saved_ctx = std::mem::take(&mut self.ctx);
                match g {
                    G::Func(id, _) => {
                        self.instantiate_func(id, &fakes);
                    }
                    G::Type(spec) => {
                        self.instantiate_type(spec, pkg, &fakes);
                    }
                }
                self.checking_generic = true;
                self.checking_decl = match g {
                    G::Func(_, decl) => Some(decl as *const FuncDecl as usize),
                    G::Type(_) => None,
                };
                self.drain_queue();
                self.checking_generic = false;
                self.checking_decl = None;
                self.ctx = saved_ctx;
                for e in self.diags.drain(dmark..) {
                    if within(&e) && !found.iter().any(|f| f.file == e.file && f.offset == e.offset) {
                        found.push(e);
                    }
                }
                self.funcs.truncate(fmark);
                self.func_instances.retain(|_, f| (*f as usize) < fmark);
                self.inst_depth.retain(|f, _| (*f as usize) < fmark);
                if self.instance_cycle {
                    // (The fake arguments are no program's: drop it.)
                    self.instance_cycle = false;
                    found.clear();
                    break;
                }
                k += 1;
            }
            if found.is_empty() {
                self.diags.extend(stashed);
            } else {
                self.diags.extend(found);
            }
        }
    }

    /// types2's rules on where a type parameter of a declaration's own list
    /// may stand, checked on each generic declaration of the program's
    /// packages: not as a constraint (`[A any, B A]`: `cannot use a type
    /// parameter as constraint`) and not as a term of an interface's type
    /// set, in a constraint or a generic interface type (`interface{ P }`,
    /// `int | ~P`: `term cannot be a type parameter`, `type in term ~P
    /// cannot be a type parameter`). Its uses elsewhere (`*P`, `[]P`) are
    /// fine.
    pub(crate) fn check_tparam_lists(&mut self) {
        // (A declaration's type parameters, a type's definition, the alias
        // it is, its file.)
        type Decl<'a> = (&'a [Field<'a>], Option<&'a Expr<'a>>, Option<&'a TypeSpec<'a>>, usize);
        let mut todo: Vec<Decl<'a>> = Vec::new();
        for o in self.objs.iter() {
            if !self.pkgs.get(o.pkg).is_some_and(|p| p.local) {
                continue;
            }
            match o.kind {
                crate::ObjKind::Func { decl } if !decl.type_params.is_empty() => todo.push((decl.type_params, None, None, o.file)),
                crate::ObjKind::Type { spec } if !spec.type_params.is_empty() => {
                    todo.push((spec.type_params, Some(spec.typ), spec.alias.then_some(spec), o.file))
                }
                _ => {}
            }
        }
        for (fields, typ, alias, file) in todo {
            let names: Vec<&str> = tparams(fields).iter().map(|(n, _)| n.name).collect();
            let is_tparam = |e: &Expr| matches!(e.kind, ExprKind::Ident(n) if names.contains(&n));
            let mut errs: Vec<(Span, String)> = Vec::new();
            for f in fields {
                if is_tparam(f.typ) {
                    errs.push((f.typ.span, "cannot use a type parameter as constraint".into()));
                } else {
                    type_set_terms(f.typ, true, &is_tparam, &mut errs);
                }
            }
            if let Some(t) = typ {
                type_set_terms(t, false, &is_tparam, &mut errs);
            }
            if let Some(e) = alias.and_then(alias_rhs_tparam) {
                errs.push(e);
            }
            for (span, msg) in errs {
                self.error_in(file, span, msg);
            }
        }
    }

    /// A type parameter whose constraint has specific types and methods
    /// (`interface{ ~int; String() string }`) has its specific types'
    /// operations (its underlying type is each one's in turn) and the
    /// constraint's methods: they are given to the defined type that models
    /// it, as methods of no code (the code of a generic body's check is
    /// dropped), so `x.String()` and `var s fmt.Stringer = x` check.
    fn give_constraint_methods(&mut self, fake: TypeId, set: &TypeSet) {
        let methods: Vec<types::Method> = set
            .methods
            .iter()
            .map(|m| types::Method { name: m.name.clone(), func: 0, ptr_recv: false, sig: m.sig, promoted: false })
            .collect();
        if let Some(ni) = self.tt.named_info_mut(fake) {
            ni.methods = methods;
        }
    }

    /// How type parameter constraint `set` is modelled (None: not).
    fn tparam_model(&self, set: &TypeSet) -> Option<TParamModel> {
        if set.terms.is_empty() {
            return Some(TParamModel::Iface(set.iface));
        }
        let mut us: Vec<TypeId> = Vec::new();
        for (_, t) in &set.terms {
            let u = self.tt.underlying(*t);
            if u == TypeId::VOID || self.tt.is_interface(u) || matches!(self.tt.kind(u), Kind::TypeParam(_)) {
                return None;
            }
            if !us.contains(&u) {
                us.push(u);
            }
        }
        Some(if us.len() == 1 { TParamModel::Core(us[0]) } else { TParamModel::Each(us) })
    }

    /// The type parameter `t` stands for while a generic body is checked.
    pub(crate) fn fake_tparam(&self, t: TypeId) -> Option<&FakeTParam> {
        if self.fake_tparams.is_empty() {
            return None;
        }
        self.fake_tparams.get(&t)
    }

    /// Why type parameter `t` (in a generic body being checked) has no
    /// core type, in types2's words (`[]int and []string have different
    /// underlying types`), or None if it has one (or is no such
    /// parameter). Channels share a core type when their element types
    /// are identical and their directions agree.
    pub(crate) fn no_core_type(&self, t: TypeId) -> Option<String> {
        let us = &self.fake_tparam(t)?.unders;
        let first = *us.first()?;
        let chans: Option<Vec<(types::ChanDir, TypeId)>> =
            us.iter().map(|u| if let Kind::Chan(d, e) = self.tt.kind(*u) { Some((*d, *e)) } else { None }).collect();
        if let Some(chans) = chans {
            let (_, e0) = chans[0];
            if let Some(k) = chans.iter().position(|(_, e)| *e != e0) {
                return Some(format!("channels {} and {} have different element types", self.tname(first), self.tname(us[k])));
            }
            let send = chans.iter().position(|(d, _)| *d == types::ChanDir::Send);
            let recv = chans.iter().position(|(d, _)| *d == types::ChanDir::Recv);
            if let (Some(s), Some(r)) = (send, recv) {
                let (a, b) = (s.min(r), s.max(r));
                return Some(format!("channels {} and {} have conflicting directions", self.tname(us[a]), self.tname(us[b])));
            }
            return None;
        }
        let other = us.iter().find(|u| **u != first)?;
        Some(format!("{} and {} have different underlying types", self.tname(first), self.tname(*other)))
    }

    /// Whether every type of type parameter `t`'s type set can be indexed
    /// alike (types2's indexing of a type parameter: the same element
    /// type throughout, strings counting as bytes, maps only with maps of
    /// the same key and element). True for a type that is no such
    /// parameter.
    pub(crate) fn tparam_indexable(&self, t: TypeId) -> bool {
        let Some(f) = self.fake_tparam(t) else { return true };
        if f.unders.len() < 2 {
            return true;
        }
        let key_elem = |u: TypeId| -> Option<(Option<TypeId>, TypeId)> {
            Some(match self.tt.kind(u) {
                Kind::Map(k, v) => (Some(*k), *v),
                Kind::Slice(e) | Kind::Array(_, e) => (None, *e),
                Kind::Pointer(p) => match self.tt.ukind(*p) {
                    Kind::Array(_, e) => (None, *e),
                    _ => return None,
                },
                Kind::String => (None, TypeId::BYTE),
                _ => return None,
            })
        };
        let Some(first) = key_elem(f.unders[0]) else { return false };
        f.unders[1..].iter().all(|u| key_elem(*u).is_some_and(|(k, e)| k == first.0 && e == first.1))
    }

    /// Whether `t` is a type parameter without specific types (its
    /// operations are its constraint's methods, and `==` if comparable).
    pub(crate) fn iface_tparam(&self, t: TypeId) -> bool {
        self.fake_tparam(t).is_some_and(|f| f.no_terms)
    }
}

/// An instantiation cycle of generic type declarations, found before they
/// are resolved and reported when one of its types nests or at the end.
pub(crate) struct PendingCycle {
    file: usize,
    at: Span,
    msg: String,
    /// The generic types and functions on the cycle (their `TypeSpec`s
    /// and `FuncDecl`s, by address).
    pub specs: HashSet<usize>,
}

/// One edge of types2's monomorphisation graph between type parameters of
/// generic type declarations: the declaration of `from`'s type
/// instantiates `to`'s type with a type argument made of `from`
/// (`weight` 0 when the argument is `from` itself, 1 when it only
/// mentions it: each trip round a cycle with weight then makes a bigger
/// type).
struct MonoEdge {
    from: usize,
    to: usize,
    weight: u8,
    file: usize,
    pos: Span,
    text: String,
}

impl<'a> Compiler<'a> {
    /// types2's monomorph check over the declarations of the program's
    /// generic types: `type A[T any] struct{ b *B[A[T]] }` with `type B[T
    /// any] struct{ a A[T] }` needs ever bigger instances of A, which no
    /// program can have, used or not. Found before the declarations are
    /// resolved (`pending_type_cycle`); reported as types2 does, at the type
    /// parameter where the cycle closes, then each step back round it (`T
    /// instantiated as A[T]`): when an instance of a type on the cycle nests
    /// (`instantiate_type`), or at the end if the program has no other
    /// error. (Cycles through function bodies are found when the functions
    /// are instantiated: `instance_cycle`.)
    pub(crate) fn find_type_instance_cycle(&mut self) -> Option<PendingCycle> {
        // The vertices: each type parameter of each generic type and
        // generic function, in declaration order.
        let mut decls: Vec<(usize, &'a [Field<'a>], usize)> = Vec::new();
        // Where instantiations are written: a declaration's expressions and
        // the vertices its own type parameter names stand for (a method's
        // receiver parameters are its type's).
        // (Its instantiations, its own names, its vertices' declaration,
        // package, file.)
        type Source<'a> = (Vec<&'a Expr<'a>>, Vec<&'a str>, Option<usize>, usize, usize);
        let mut sources: Vec<Source<'a>> = Vec::new();
        for o in &self.objs {
            if !self.pkgs.get(o.pkg).is_some_and(|p| p.local) {
                continue;
            }
            match o.kind {
                crate::ObjKind::Type { spec } if !spec.type_params.is_empty() && !spec.alias => {
                    decls.push((spec as *const TypeSpec as usize, spec.type_params, o.file));
                }
                crate::ObjKind::Func { decl } if !decl.type_params.is_empty() => {
                    decls.push((decl as *const FuncDecl as usize, decl.type_params, o.file));
                }
                _ => {}
            }
        }
        if decls.is_empty() {
            return None;
        }
        let mut first: Vec<usize> = Vec::with_capacity(decls.len());
        let mut names: Vec<(&'a Ident<'a>, usize)> = Vec::new();
        for (_, fields, file) in decls.iter() {
            first.push(names.len());
            for (n, _) in tparams(fields) {
                names.push((n, *file));
            }
        }
        let decl_index = |key: usize| decls.iter().position(|(k, _, _)| *k == key);
        for o in &self.objs {
            if !self.pkgs.get(o.pkg).is_some_and(|p| p.local) {
                continue;
            }
            let mut exprs: Vec<&'a Expr<'a>> = Vec::new();
            let mut collect = |e: &'a Expr<'a>| {
                if matches!(e.kind, ExprKind::Index(..)) {
                    exprs.push(e);
                }
            };
            match o.kind {
                crate::ObjKind::Type { spec } if !spec.type_params.is_empty() && !spec.alias => {
                    crate::walk::expr(spec.typ, &mut collect);
                    let own = tparams(spec.type_params).iter().map(|(n, _)| n.name).collect();
                    sources.push((exprs, own, decl_index(spec as *const TypeSpec as usize), o.pkg, o.file));
                }
                crate::ObjKind::Func { decl } if !decl.type_params.is_empty() => {
                    crate::walk::func_decl(decl, &mut collect);
                    let own = tparams(decl.type_params).iter().map(|(n, _)| n.name).collect();
                    sources.push((exprs, own, decl_index(decl as *const FuncDecl as usize), o.pkg, o.file));
                }
                _ => {}
            }
        }
        // Methods of generic types: their receiver's names are the type's
        // parameters.
        let types: Vec<(usize, &'a str)> = self.methods_of.keys().copied().collect();
        for (pkg, tname) in types {
            let ms = self.methods_of.get(&(pkg, tname)).cloned().unwrap_or_default();
            if !self.pkgs.get(pkg).is_some_and(|p| p.local) {
                continue;
            }
            let Some(&tid) = self.pkgs[pkg].scope.get(tname) else { continue };
            let crate::ObjKind::Type { spec } = self.objs[tid.0 as usize].kind else { continue };
            let Some(k) = decl_index(spec as *const TypeSpec as usize) else { continue };
            for (d, file) in ms {
                let Some(r) = d.recv else { continue };
                let own = crate::decls::recv_type_params(r.typ);
                let mut exprs: Vec<&'a Expr<'a>> = Vec::new();
                crate::walk::func_decl(d, &mut |e| {
                    if matches!(e.kind, ExprKind::Index(..)) {
                        exprs.push(e);
                    }
                });
                sources.push((exprs, own, Some(k), pkg, file));
            }
        }
        sources.sort_by_key(|s| s.2);
        let mut edges: Vec<MonoEdge> = Vec::new();
        let saved = std::mem::replace(&mut self.ctx, Ctx { pkg: 0, file: 0, subst: HashMap::default() });
        // (Names resolved at package level, whatever is being compiled.)
        let saved_f = std::mem::take(&mut self.fstack);
        for (insts, own, k, pkg, file) in sources {
            let Some(k) = k else { continue };
            self.ctx = Ctx { pkg, file, subst: HashMap::default() };
            for e in insts {
                let ExprKind::Index(x, args) = &e.kind else { continue };
                let Some(gk) = self.generic_decl_key(x).and_then(decl_index) else { continue };
                for (i, a) in args.iter().enumerate() {
                    if i >= first.get(gk + 1).copied().unwrap_or(names.len()) - first[gk] {
                        break;
                    }
                    let to = first[gk] + i;
                    if let ExprKind::Ident(n) = a.kind {
                        if let Some(p) = own.iter().position(|o| *o == n) {
                            edges.push(MonoEdge { from: first[k] + p, to, weight: 0, file, pos: targ_pos(a), text: n.to_string() });
                            continue;
                        }
                    }
                    let mut mentioned: Vec<usize> = Vec::new();
                    crate::walk::expr(a, &mut |e| {
                        if let ExprKind::Ident(n) = e.kind {
                            if let Some(p) = own.iter().position(|o| *o == n) {
                                if !mentioned.contains(&p) {
                                    mentioned.push(p);
                                }
                            }
                        }
                    });
                    for p in mentioned {
                        edges.push(MonoEdge {
                            from: first[k] + p,
                            to,
                            weight: 1,
                            file,
                            pos: targ_pos(a),
                            text: crate::expr::expr_string(a),
                        });
                    }
                }
            }
        }
        self.ctx = saved;
        self.fstack = saved_f;
        // The first type parameter on a cycle with weight: a search over
        // (vertex, weight seen) from it back to it.
        for (v, &(n, file)) in names.iter().enumerate() {
            // Each state reached: the edge that reached it and the state
            // it came from.
            let mut pre: HashMap<(usize, bool), (usize, (usize, bool))> = HashMap::default();
            let mut queue = std::collections::VecDeque::from([(v, false)]);
            let mut found = false;
            while let Some((u, w)) = queue.pop_front() {
                for (ei, e) in edges.iter().enumerate() {
                    if e.from != u {
                        continue;
                    }
                    let next = (e.to, w || e.weight > 0);
                    if pre.contains_key(&next) || next == (v, false) {
                        continue;
                    }
                    pre.insert(next, (ei, (u, w)));
                    if next == (v, true) {
                        found = true;
                        break;
                    }
                    queue.push_back(next);
                }
                if found {
                    break;
                }
            }
            if !found {
                continue;
            }
            // Back round the cycle from v: each step's edge into it.
            let mut msg = "instantiation cycle:".to_string();
            let mut on_cycle: HashSet<usize> = HashSet::default();
            let spec_of = |vertex: usize| first.iter().rposition(|&f| f <= vertex).map(|k| decls[k].0);
            let mut at = (v, true);
            while let Some(&(ei, prev)) = pre.get(&at) {
                let e = &edges[ei];
                let to = names[e.to].0.name;
                let pos = crate::pos_ref(&self.files[e.file].map, e.pos.lo);
                msg.push_str(&format!("\n\t{pos}: {to} instantiated as {}", e.text));
                on_cycle.extend(spec_of(e.from));
                on_cycle.extend(spec_of(e.to));
                if prev == (v, false) {
                    break;
                }
                at = prev;
            }
            return Some(PendingCycle { file, at: n.span, msg, specs: on_cycle });
        }
        None
    }

    /// The declaration (`TypeSpec` or `FuncDecl`, by address) of the
    /// generic type or function `x` names at package level, if it is one.
    fn generic_decl_key(&mut self, x: &'a Expr<'a>) -> Option<usize> {
        if let Some((spec, _)) = self.generic_type_spec(x) {
            return Some(spec as *const TypeSpec as usize);
        }
        let id = match &x.kind {
            ExprKind::Ident(n) => self.lookup_global(n)?,
            _ => return None,
        };
        match self.objs[id.0 as usize].kind {
            crate::ObjKind::Func { decl } if !decl.type_params.is_empty() => Some(decl as *const FuncDecl as usize),
            _ => None,
        }
    }

    /// Reports the instantiation cycle found in the generic declarations,
    /// once. (It stays pending: a generic body's check, whose instances
    /// of fake type arguments reached it, drops what it reported.)
    pub(crate) fn report_instance_cycle(&mut self) {
        if let Some(c) = &self.pending_type_cycle {
            if !self.instance_cycle {
                let (file, at, msg) = (c.file, c.at, c.msg.clone());
                self.error_in(file, at, msg);
                self.instance_cycle = true;
            }
        }
    }
}

/// types2's error for a generic alias whose right-hand side is one of its
/// own type parameters (`type A[P any] = P`): an alias must denote a type
/// its declaration fixes.
pub(crate) fn alias_rhs_tparam(spec: &TypeSpec) -> Option<(Span, String)> {
    let ExprKind::Ident(n) = spec.typ.kind else { return None };
    tparams(spec.type_params)
        .iter()
        .any(|(p, _)| p.name == n)
        .then(|| (spec.typ.span, "cannot use type parameter declared in alias declaration as RHS".to_string()))
}

/// The terms of type-set expression `e` (a constraint, where a bare union
/// or `~T` may stand, or an interface literal's embedded elements) that
/// are type parameters (`is_tparam`), with types2's error for each.
fn type_set_terms(e: &Expr, constraint: bool, is_tparam: &dyn Fn(&Expr) -> bool, errs: &mut Vec<(Span, String)>) {
    let term = |t: &Expr, errs: &mut Vec<(Span, String)>| match &t.kind {
        _ if is_tparam(t) => errs.push((t.span, "term cannot be a type parameter".into())),
        ExprKind::Unary(UnaryOp::Tilde, x) if is_tparam(x) => {
            errs.push((x.span, format!("type in term ~{} cannot be a type parameter", expr_string(x))))
        }
        _ => {}
    };
    match &e.kind {
        ExprKind::InterfaceType { elems } => {
            for el in elems.iter() {
                if let InterfaceElem::Embed(t) = el {
                    union_terms(t, &mut |t| term(t, errs));
                }
            }
        }
        ExprKind::Binary { op: BinaryOp::Or, .. } | ExprKind::Unary(UnaryOp::Tilde, _) if constraint => {
            union_terms(e, &mut |t| term(t, errs));
        }
        _ => {}
    }
}

/// Calls `f` on each term of union `e` (`A | ~B | C`), left to right.
fn union_terms<'e>(e: &'e Expr<'e>, f: &mut dyn FnMut(&'e Expr<'e>)) {
    match &e.kind {
        ExprKind::Binary { op: BinaryOp::Or, x, y, .. } => {
            union_terms(x, f);
            union_terms(y, f);
        }
        ExprKind::Paren(x) => union_terms(x, f),
        _ => f(e),
    }
}
