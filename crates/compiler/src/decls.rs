//! Package-level declarations: collection, lazy resolution of constants,
//! types and signatures, generic instantiation and method sets.

use types::FastMap as HashMap;

use bytecode::{FuncProto, Op};
use syntax::ast::*;
use types::{Field as TField, IMethod, Kind, Method, TypeId};

use crate::constant::ConstVal;
use crate::{Builtin, Compiler, Ctx, Job, Obj, ObjId, ObjKind, State, NATIVE_BIT};

/// The most fields a struct type may have (gostack's instructions index
/// fields with 16 bits).
const MAX_FIELDS: usize = u16::MAX as usize;

impl<'a> Compiler<'a> {
    fn declare(&mut self, pkg: usize, file: usize, name: &'a str, span: Span, kind: ObjKind<'a>) -> ObjId {
        // types2's declarePkgObj: init, and main in package main, may only
        // be functions.
        if !matches!(kind, ObjKind::Func { .. }) && (name == "init" || name == "main" && self.pkgs[pkg].name == "main") {
            self.error_in(file, span, format!("cannot declare {name} - must be func"));
        }
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(Obj { kind, pkg, file, name, span, state: State::Unresolved, ty: TypeId::VOID, cval: None, func: 0, used: false });
        if name != "_" {
            if let Some(&prev) = self.pkgs[pkg].scope.get(name) {
                let pspan = self.objs[prev.0 as usize].span;
                let other = crate::pos_ref(&self.files[self.objs[prev.0 as usize].file].map, pspan.lo);
                self.error_in(file, span, format!("{name} redeclared in this block\n\t{other}: other declaration of {name}"));
            } else {
                self.pkgs[pkg].scope.insert(name.to_string(), id);
            }
        }
        id
    }

    /// Collects the top-level declarations of one file.
    pub(crate) fn collect(&mut self, pkg: usize, file: usize) {
        let ast = self.files[file].ast;
        if self.pkgs[pkg].local {
            self.check_linkname(file);
        }
        for d in ast.decls.iter() {
            match d {
                Decl::Gen(g) => {
                    let mut last: Option<(&'a Expr<'a>, Option<&'a Expr<'a>>, &'a [Expr<'a>])> = None;
                    let _ = &mut last;
                    let mut prev_typ: Option<&'a Expr<'a>> = None;
                    let mut prev_vals: &'a [Expr<'a>] = &[];
                    for s in g.specs.iter() {
                        match s {
                            Spec::Value(vs) if g.kind == GenKind::Const => {
                                let (typ, vals) = if vs.values.is_empty() { (prev_typ, prev_vals) } else { (vs.typ, vs.values) };
                                prev_typ = typ;
                                prev_vals = vals;
                                for (i, n) in vs.names.iter().enumerate() {
                                    self.declare(pkg, file, n.name, n.span, ObjKind::Const { typ, value: vals.get(i), iota: vs.iota });
                                }
                            }
                            Spec::Value(vs) => {
                                for (i, n) in vs.names.iter().enumerate() {
                                    let global = self.globals.len() as u32;
                                    self.globals.push(TypeId::VOID);
                                    let id = self.declare(pkg, file, n.name, n.span, ObjKind::Var { spec: vs, idx: i, global });
                                    self.var_inits.push(id);
                                }
                            }
                            Spec::Type(ts) => {
                                self.declare(pkg, file, ts.name.name, ts.name.span, ObjKind::Type { spec: ts });
                            }
                            Spec::Import(_) => {}
                        }
                    }
                }
                Decl::Func(f) => {
                    if self.pkgs[pkg].local
                        && f.body.is_some()
                        && directive_before(self.files[file].src, f.span.lo as usize, "//go:noescape")
                    {
                        self.error_in(file, f.name.span, "can only use //go:noescape with external func implementations");
                    }
                    // gc's words for a main or init with a signature.
                    let special = f.recv.is_none() && (f.name.name == "init" || f.name.name == "main" && self.pkgs[pkg].name == "main");
                    if special && (!f.typ.params.is_empty() || !f.typ.results.is_empty()) {
                        self.error_in(file, f.name.span, format!("func {} must have no arguments and no return values", f.name.name));
                    }
                    if special {
                        if let Some(n) = f.type_params.first().and_then(|tp| tp.names.first()) {
                            self.error_in(file, n.span, format!("func {} must have no type parameters", f.name.name));
                        }
                    }
                    if let Some(r) = f.recv {
                        let base = recv_base_name(strip_recv_star(r.typ)).filter(|_| !is_pointer_recv(strip_recv_star(r.typ)));
                        if base.is_none() {
                            let span = match &r.typ.kind {
                                ExprKind::Star(inner) => inner.span,
                                _ => r.typ.span,
                            };
                            self.error_in(file, span, format!("invalid receiver type {}", crate::expr::expr_string(r.typ)));
                        }
                        if let Some(base) = base {
                            self.methods_of.entry((pkg, base)).or_default().push((f, file));
                            if is_pointer_recv(r.typ) {
                                self.ptr_method_names.insert(f.name.name);
                            }
                        }
                    } else if f.name.name == "init" {
                        let n = self
                            .init_funcs
                            .iter()
                            .filter(|&&f| self.funcs[f as usize].name.starts_with(&format!("{}.init.", self.pkgs[pkg].sym)))
                            .count();
                        let idx = self.new_func(format!("{}.init.{}", self.pkgs[pkg].sym, n));
                        self.init_funcs.push(idx);
                        let saved = self.ctx.clone();
                        self.ctx = Ctx { pkg, file, subst: HashMap::default() };
                        self.queue.push_back(Job { func: idx, decl: f, pkg, file, subst: HashMap::default(), recv: None });
                        self.ctx = saved;
                    } else {
                        self.declare(pkg, file, f.name.name, f.name.span, ObjKind::Func { decl: f });
                    }
                }
            }
        }
    }

    /// `//go:linkname` reaches into other packages' internals: gc allows
    /// it only in files that import unsafe; gostack has no such internals
    /// to link to, so it names the directive as not supported.
    fn check_linkname(&mut self, file: usize) {
        let src = self.files[file].src;
        let imports_unsafe = self.files[file].ast.imports.iter().any(|i| i.path == "unsafe");
        let mut off = 0;
        for line in src.split_inclusive('\n') {
            if line.starts_with("//go:linkname ") {
                // gc reports it at the directive's text, after the `//`.
                let span = Span::new(off + 2, off + line.trim_end().len());
                if imports_unsafe {
                    self.error_in(file, span, "//go:linkname is not supported by gostack");
                } else {
                    self.error_in(file, span, "//go:linkname only allowed in Go files that import \"unsafe\"");
                }
            }
            off += line.len();
        }
    }

    /// A body-less function under `//go:linkname` in a file that imports
    /// unsafe: already reported as not supported (no second error).
    fn linknamed(&self, file: usize, decl: &FuncDecl) -> bool {
        let f = &self.files[file];
        f.ast.imports.iter().any(|i| i.path == "unsafe") && directive_before(f.src, decl.span.lo as usize, "//go:linkname")
    }

    pub(crate) fn new_func(&mut self, name: String) -> u32 {
        let idx = self.funcs.len() as u32;
        self.funcs.push(FuncProto { name, ..Default::default() });
        idx
    }

    /// Resolves every package-level object (so errors in unused code are
    /// reported and every function is queued).
    pub(crate) fn resolve_all(&mut self) {
        // Methods whose receiver type is not declared in the package.
        let keys: Vec<(usize, &'a str)> = self.methods_of.keys().copied().collect();
        for (pkg, base) in keys {
            if let Some(&id) = self.pkgs[pkg].scope.get(base) {
                if let ObjKind::Type { spec } = self.objs[id.0 as usize].kind {
                    // A method declared on an alias of a local defined type
                    // (`type A = T`, `type P = *T`) is a method of that type.
                    if let Some((target, via_ptr)) = spec.alias.then(|| self.local_alias_target(pkg, spec)).flatten() {
                        let decls = self.methods_of.remove(&(pkg, base)).unwrap_or_default();
                        for (d, file) in decls {
                            let Some(r) = d.recv else { continue };
                            if via_ptr {
                                // `*P` with `type P = *T`: a pointer to a pointer.
                                if let ExprKind::Star(inner) = &r.typ.kind {
                                    let msg = format!("invalid receiver type {}", crate::expr::expr_string(r.typ));
                                    self.error_in(file, inner.span, msg);
                                    continue;
                                }
                                self.ptr_alias_recvs.insert(d as *const FuncDecl as usize);
                                self.ptr_method_names.insert(d.name.name);
                            }
                            self.methods_of.entry((pkg, target)).or_default().push((d, file));
                        }
                        continue;
                    }
                    // A method on an alias of a type declared elsewhere.
                    if spec.alias && !self.alias_of_local(pkg, spec) {
                        let pointer_alias = matches!(spec.typ.kind, ExprKind::Star(_));
                        for (d, file) in self.methods_of[&(pkg, base)].clone() {
                            let Some(r) = d.recv else { continue };
                            // `*P` with `type P = *T`: a pointer to a pointer.
                            if pointer_alias && matches!(r.typ.kind, ExprKind::Star(_)) {
                                let msg = format!("invalid receiver type {}", crate::expr::expr_string(r.typ));
                                let ExprKind::Star(inner) = &r.typ.kind else { continue };
                                self.error_in(file, inner.span, msg);
                                continue;
                            }
                            let span = match &r.typ.kind {
                                ExprKind::Star(inner) => inner.span,
                                _ => r.typ.span,
                            };
                            self.error_in(file, span, format!("cannot define new methods on non-local type {base}"));
                        }
                    }
                }
                continue;
            }
            let decls = self.methods_of[&(pkg, base)].clone();
            for (d, file) in decls {
                let span = d.recv.map(|r| r.typ.span).unwrap_or(d.span);
                let span = match d.recv.map(|r| &r.typ.kind) {
                    Some(ExprKind::Star(inner)) => inner.span,
                    _ => span,
                };
                if self.universe.contains_key(base) {
                    self.error_in(file, span, format!("cannot define new methods on non-local type {base}"));
                } else {
                    self.error_in(file, span, format!("undefined: {base}"));
                }
            }
        }
        self.pending_type_cycle = self.find_type_instance_cycle();
        self.later_verify = Some(Vec::new());
        for i in 0..self.objs.len() {
            if self.objs[i].pkg != usize::MAX {
                self.resolve_obj(ObjId(i as u32));
            }
        }
        self.verify_later();
    }

    /// The local defined type alias `spec` of package `pkg` denotes, through
    /// other aliases and at most one pointer (`type P = *T`: `(T, true)`).
    /// None for an alias of another package's type, of a generic type's
    /// instance or of a type literal.
    fn local_alias_target(&self, pkg: usize, spec: &'a TypeSpec<'a>) -> Option<(&'a str, bool)> {
        let mut spec = spec;
        let mut via_ptr = false;
        for _ in 0..100 {
            let mut e = spec.typ;
            while let ExprKind::Paren(x) = &e.kind {
                e = x;
            }
            if let ExprKind::Star(x) = &e.kind {
                if via_ptr {
                    return None;
                }
                via_ptr = true;
                e = x;
                while let ExprKind::Paren(x) = &e.kind {
                    e = x;
                }
            }
            let ExprKind::Ident(name) = &e.kind else { return None };
            let &id = self.pkgs[pkg].scope.get(*name)?;
            match self.objs[id.0 as usize].kind {
                ObjKind::Type { spec: s } if s.alias => spec = s,
                ObjKind::Type { spec: s } if s.type_params.is_empty() => return Some((s.name.name, via_ptr)),
                _ => return None,
            }
        }
        None
    }

    /// Whether alias `spec` of package `pkg` denotes a type defined in that
    /// package (`type A = T` with a local `T`, possibly through aliases).
    fn alias_of_local(&self, pkg: usize, spec: &'a TypeSpec<'a>) -> bool {
        let mut spec = spec;
        for _ in 0..100 {
            let name = match &spec.typ.kind {
                ExprKind::Ident(n) => *n,
                ExprKind::Index(x, _) => match &x.kind {
                    ExprKind::Ident(n) => *n,
                    _ => return false,
                },
                _ => return false,
            };
            let Some(&id) = self.pkgs[pkg].scope.get(name) else { return false };
            match self.objs[id.0 as usize].kind {
                ObjKind::Type { spec: s } if s.alias => spec = s,
                ObjKind::Type { .. } => return true,
                _ => return false,
            }
        }
        false
    }

    pub(crate) fn obj_ctx(&self, id: ObjId) -> Ctx<'a> {
        let o = &self.objs[id.0 as usize];
        Ctx { pkg: o.pkg, file: o.file, subst: HashMap::default() }
    }

    /// Resolves a package-level object's type (and value for constants).
    pub(crate) fn resolve_obj(&mut self, id: ObjId) {
        let i = id.0 as usize;
        match self.objs[i].state {
            State::Done => return,
            State::InProgress => {
                if let ObjKind::Type { spec } = self.objs[i].kind {
                    // A named type in progress is registered already (its
                    // uses are checked by check_recursive_type); an alias
                    // in progress has no type yet.
                    if spec.alias {
                        self.alias_cycle(id);
                    }
                    return;
                }
                let span = self.objs[i].span;
                let name = self.objs[i].name;
                let file = self.objs[i].file;
                // A variable whose initialiser needs itself (to know its
                // type) is an initialisation cycle to gc; so is a constant
                // (types2's validCycle leaves cycles of constants and
                // variables to the initialisation order check).
                let msg = match self.objs[i].kind {
                    ObjKind::Var { .. } | ObjKind::Const { .. } => self.init_cycle_message(id),
                    _ => format!("invalid recursive reference to {name}"),
                };
                self.error_in(file, span, msg);
                return;
            }
            State::Unresolved => {}
        }
        self.objs[i].state = State::InProgress;
        let oc = self.obj_ctx(id);
        let saved = std::mem::replace(&mut self.ctx, oc);
        let saved_f = std::mem::take(&mut self.fstack);
        match self.objs[i].kind {
            ObjKind::Const { typ, value, iota, .. } => {
                let (t, v) = self.eval_const_decl(typ, value, iota, self.objs[i].span);
                self.objs[i].ty = t;
                self.objs[i].cval = v;
            }
            ObjKind::Var { spec, idx, global } => {
                let t = match spec.typ {
                    Some(te) => self.resolve_type(te),
                    None => {
                        // The type comes from the initialiser: type-check it
                        // now in a throwaway function context.
                        match spec.values.get(idx) {
                            Some(e) if spec.values.len() == spec.names.len() => self.infer_global_type(e),
                            Some(_) | None => match spec.values.first() {
                                Some(e) => {
                                    let ts = self.infer_global_types(e, spec.names.len());
                                    ts.get(idx).map(|&t| self.tt.default_type(t)).unwrap_or(TypeId::INT)
                                }
                                None => TypeId::INT,
                            },
                        }
                    }
                };
                self.objs[i].ty = t;
                self.globals[global as usize] = t;
                if self.pkgs[self.objs[i].pkg].local {
                    let (file, span) = (self.objs[i].file, self.objs[i].span);
                    self.check_chan_elem_in(file, t, span);
                }
            }
            // `type T[P any] P`: types2 rejects a lone type parameter as
            // the right-hand side (its instances would have no methods of
            // their own to speak of).
            ObjKind::Type { spec }
                if !spec.alias
                    && matches!(spec.typ.kind, ExprKind::Ident(n) if crate::generics::tparams(spec.type_params).iter().any(|(p, _)| p.name == n)) =>
            {
                let file = self.objs[i].file;
                self.error_in(file, spec.typ.span, "cannot use a type parameter as RHS in type declaration");
            }
            ObjKind::Type { spec } if spec.type_params.is_empty() => {
                self.type_path.push(id);
                let t = self.declare_named(spec, &[], &HashMap::default());
                self.type_path.pop();
                self.objs[i].ty = t;
            }
            ObjKind::Func { decl } if decl.type_params.is_empty() => {
                let (pkgname, local) = (self.pkgs[self.objs[i].pkg].sym.clone(), self.pkgs[self.objs[i].pkg].local);
                let sig = self.signature(decl.typ, None);
                self.objs[i].ty = sig;
                if decl.body.is_none() && local {
                    // Body-less functions are natives of the standard
                    // library only; gc wants an assembly file for them.
                    let file = self.objs[i].file;
                    if !self.linknamed(file, decl) {
                        self.missing_body(file, decl);
                    }
                } else if decl.body.is_none() {
                    let n = self.native(&format!("{pkgname}.{}", decl.name.name));
                    self.objs[i].func = NATIVE_BIT | n as u32;
                } else {
                    let f = self.new_func(format!("{pkgname}.{}", decl.name.name));
                    self.objs[i].func = f;
                    let (pkg, file) = (self.objs[i].pkg, self.objs[i].file);
                    let job = Job { func: f, decl, pkg, file, subst: HashMap::default(), recv: None };
                    if local {
                        self.queue.push_back(job);
                    } else {
                        // A library function waits until code reaches it.
                        self.unreached.insert(f, job);
                    }
                }
            }
            _ => {}
        }
        self.objs[i].state = State::Done;
        self.ctx = saved;
        self.fstack = saved_f;
    }

    fn infer_global_type(&mut self, e: &'a Expr<'a>) -> TypeId {
        let ts = self.infer_global_types(e, 1);
        ts.first().copied().unwrap_or(TypeId::INT)
    }

    /// Types of a package-level initialiser of `n` variables (`n` > 1: a
    /// multi-value call or a comma-ok form), checked in a scratch function.
    fn infer_global_types(&mut self, e: &'a Expr<'a>, n: usize) -> Vec<TypeId> {
        self.fstack.push(crate::func::FnCtx::new(FuncProto::default(), "scratch".into()));
        let ts = if n > 1 {
            self.multi_rhs(e, n).1
        } else {
            match &self.expr(e, None) {
                crate::expr::Opnd::Multi(_, ts) => ts.clone(),
                o => vec![self.tt.default_type(o.ty())],
            }
        };
        self.fstack.pop();
        ts
    }

    fn eval_const_decl(
        &mut self,
        typ: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        iota: u32,
        span: Span,
    ) -> (TypeId, Option<ConstVal>) {
        let Some(ve) = value else {
            self.error(span, "missing init expr for const declaration");
            return (TypeId::INT, Some(ConstVal::Int(0)));
        };
        let t = typ.map(|te| self.resolve_type(te));
        self.fstack.push(crate::func::FnCtx::new(FuncProto::default(), "const".into()));
        self.fstack.last_mut().expect("ctx").iota = Some(iota);
        let op = self.expr(ve, t);
        self.fstack.pop();
        match op {
            crate::expr::Opnd::Const(v, vt) => match t {
                Some(t) => (t, Some(self.convert_const_decl(v, vt, t, ve, span))),
                None => (vt, Some(v)),
            },
            // (Bad: already reported.)
            // An invalid constant: its uses report nothing more.
            crate::expr::Opnd::Bad => (t.unwrap_or(TypeId::INT), None),
            op => {
                let desc = self.describe(ve, &op);
                self.error(ve.span, format!("{desc} is not constant"));
                (t.unwrap_or(TypeId::INT), None)
            }
        }
    }

    /// The value `v` (of type `vt`) of a constant declared with type `t`,
    /// from the expression `ve`. An untyped value that does not fit is
    /// described as types2 does: `100 * 2 (untyped int constant 200)`.
    /// Converts constant `v` of declaration `name = ve` to its declared
    /// type `t`. (An implicitly repeated expression, before the name in the
    /// source, is reported at the name, as types2 does.)
    pub(crate) fn convert_const_decl(&mut self, v: ConstVal, vt: TypeId, t: TypeId, ve: &'a Expr<'a>, name: Span) -> ConstVal {
        let at = if ve.span.lo < name.lo { name } else { ve.span };
        if self.tt.is_untyped(vt) && self.const_overflows(&v, t) == Some(true) {
            let desc = self.describe(ve, &crate::expr::Opnd::Const(v, vt));
            let cause = self.repr_cause(vt, t);
            let msg = format!("cannot use {desc} as {} value in constant declaration ({cause})", self.tname(t));
            self.error(at, msg);
            return ConstVal::Int(0);
        }
        self.convert_const(v, vt, t, ve.span, "constant declaration")
    }

    /// Creates (or finds) the named type of `spec` instantiated with `targs`.
    pub(crate) fn declare_named(&mut self, spec: &'a TypeSpec<'a>, targs: &[TypeId], subst: &HashMap<&'a str, TypeId>) -> TypeId {
        if spec.alias {
            let saved = std::mem::replace(&mut self.ctx.subst, subst.clone());
            let t = self.resolve_type(spec.typ);
            self.ctx.subst = saved;
            return t;
        }
        let t = self.new_named_type(spec, targs);
        self.complete_named(t, spec, subst)
    }

    /// The named type `spec` declares (its underlying type still to be
    /// set by [`Self::complete_named`]), registered where references to it
    /// from its own declaration (`next *Node`) find it.
    pub(crate) fn new_named_type(&mut self, spec: &'a TypeSpec<'a>, targs: &[TypeId]) -> TypeId {
        let pkgname = self.pkgs[self.ctx.pkg].name.clone();
        // Note: a type declared inside a function is named like a
        // package-level one (`main.T`), as gc's type strings are.
        let mut name = format!("{pkgname}.{}", spec.name.name);
        let extra = std::mem::take(&mut self.instance_key_extra);
        if !targs.is_empty() {
            // gc's fmtTypeID names: a local type argument keeps its `·N`.
            let args: Vec<String> = targs.iter().map(|t| self.tt.type_id_name(*t, &pkgname)).collect();
            // A generic type declared in a generic function: gc names its
            // instance with the function's type arguments first, after a
            // `;` (`main.Box[float64;string]`).
            let outer: Vec<String> = extra.iter().map(|t| self.tt.type_id_name(*t, &pkgname)).collect();
            let outer = if outer.is_empty() { String::new() } else { format!("{};", outer.join(",")) };
            name = format!("{name}[{outer}{}]", args.join(","));
        }
        let t = self.tt.new_named(name);
        // A local type's number (generic local types' instances too).
        if let (Some(&gen), Some(info)) = (self.local_type_gen.get(&(spec as *const TypeSpec as usize)), self.tt.named_info_mut(t)) {
            info.vargen = gen;
        }
        if !targs.is_empty() {
            let mut key = targs.to_vec();
            key.extend(extra);
            self.type_instances.insert((spec as *const _ as usize, key), t);
        } else {
            // Register the object's type before resolving the underlying
            // type, so recursive references (`next *Node`) find it.
            if let Some(&o) = self.pkgs[self.ctx.pkg].scope.get(spec.name.name) {
                if matches!(self.objs[o.0 as usize].kind, ObjKind::Type { spec: s } if std::ptr::eq(s, spec)) {
                    self.objs[o.0 as usize].ty = t;
                }
            }
        }
        t
    }

    /// Resolves the underlying type of named type `t` declared by `spec`
    /// and adds its methods.
    pub(crate) fn complete_named(&mut self, t: TypeId, spec: &'a TypeSpec<'a>, subst: &HashMap<&'a str, TypeId>) -> TypeId {
        let saved = std::mem::replace(&mut self.ctx.subst, subst.clone());
        let u = self.resolve_type(spec.typ);
        self.tt.set_underlying(t, u);
        self.named_decls.insert(t, (u, self.ctx.file, spec.name.span));
        self.check_recursive_type(t);
        self.ctx.subst = saved;
        self.register_methods(t, spec, subst);
        self.promote_methods(t);
        t
    }

    /// A reference to alias `id` while its own right-hand side is being
    /// resolved. As in types2's cycle check, a cycle through a type
    /// definition is fine (the defined type breaks it); one made of aliases
    /// only has no type to stand for and is an invalid recursive type.
    fn alias_cycle(&mut self, id: ObjId) {
        let Some(at) = self.type_path.iter().rposition(|&o| o == id) else { return };
        let cycle: Vec<ObjId> = self.type_path[at..].to_vec();
        if !cycle.iter().all(|o| matches!(self.objs[o.0 as usize].kind, ObjKind::Type { spec } if spec.alias)) {
            return;
        }
        self.report_type_cycle(cycle);
    }

    /// An interface that embeds (through other interfaces) the interface
    /// being declared: its method set would have to contain itself.
    /// Returns whether `t` was such a type in progress.
    fn embedding_cycle(&mut self, t: TypeId) -> bool {
        if self.tt.underlying(t) != TypeId::VOID {
            return false;
        }
        let Some(at) = self.type_path.iter().rposition(|&o| self.objs[o.0 as usize].ty == t) else { return false };
        let cycle: Vec<ObjId> = self.type_path[at..].to_vec();
        self.report_type_cycle(cycle);
        true
    }

    /// types2's cycleError: `invalid recursive type` with the path of the
    /// cycle, starting at the declaration that comes first.
    fn report_type_cycle(&mut self, cycle: Vec<ObjId>) {
        // Reported from the alias declared first, as gc does.
        let key = |c: &Self, o: ObjId| (c.objs[o.0 as usize].file, c.objs[o.0 as usize].span.lo);
        let first = (0..cycle.len()).min_by_key(|&k| key(self, cycle[k])).unwrap_or(0);
        let mut cycle = cycle;
        cycle.rotate_left(first);
        let obj = |o: ObjId| &self.objs[o.0 as usize];
        let msg = if cycle.len() == 1 {
            format!("invalid recursive type: {} refers to itself", obj(cycle[0]).name)
        } else {
            let mut m = format!("invalid recursive type {}", obj(cycle[0]).name);
            for (k, &o) in cycle.iter().enumerate() {
                let next = cycle[(k + 1) % cycle.len()];
                let at = self.files[obj(o).file].map.position(obj(o).span.lo).to_string();
                m.push_str(&format!("\n\t{at}: {} refers to {}", obj(o).name, obj(next).name));
            }
            m
        };
        let (file, span) = (obj(cycle[0]).file, obj(cycle[0]).span);
        self.error_in(file, span, msg);
    }

    /// types2's validType: a named type must not contain itself by value
    /// (through struct fields, array elements or its declared type); a
    /// pointer, slice, map, channel, function or interface breaks the
    /// cycle. Reported as gc does, from the type declared first, and the
    /// cycle is broken (the type made an empty struct) so that nothing
    /// later walks it forever. The walk is iterative: types may nest as
    /// deeply as expressions do.
    fn check_recursive_type(&mut self, t: TypeId) {
        // Depth-first, with the named types on the current path.
        let mut stack: Vec<(TypeId, usize)> = vec![(t, 0)];
        let mut path: Vec<TypeId> = vec![t];
        let mut seen: types::FastSet<TypeId> = types::FastSet::default();
        let mut complete = true;
        let mut cycle: Option<Vec<TypeId>> = None;
        while let Some(&(cur, next)) = stack.last() {
            let named = matches!(self.tt.kind(cur), Kind::Named(_));
            let child = match self.tt.kind(cur) {
                Kind::Named(_) if next == 0 && (cur == t || !self.valid_types.contains(&cur)) => match self.named_decls.get(&cur) {
                    Some(&(decl, _, _)) => Some(decl),
                    None => {
                        let u = self.tt.underlying(cur);
                        if u == TypeId::VOID {
                            complete = false;
                        }
                        Some(u)
                    }
                },
                Kind::Struct(fields) => fields.get(next).map(|f| f.ty),
                Kind::Array(_, e) if next == 0 => Some(*e),
                _ => None,
            };
            let Some(c) = child else {
                if named {
                    path.pop();
                }
                stack.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            if c == t {
                cycle = Some(path.clone());
                break;
            }
            if c == TypeId::VOID || !seen.insert(c) {
                continue;
            }
            if matches!(self.tt.kind(c), Kind::Named(_)) {
                path.push(c);
            }
            stack.push((c, 0));
        }
        let Some(cycle) = cycle else {
            if complete {
                self.valid_types.insert(t);
            }
            return;
        };
        // gc starts the cycle at the type declared first in the source
        // among the types validType is called for: each declared type, in
        // source order, so never an instance of a generic type (a generic
        // declaration is valid on its own; `T2 struct{ _ E2[T2] }` is the
        // invalid one, not `E2[P any] struct{ _ P }`).
        let pos = |c: &Compiler<'a>, t: TypeId| {
            let instance = c.tt.name(t).contains('[');
            (instance, c.named_decls.get(&t).map(|&(_, f, sp)| (f, sp.lo)).unwrap_or((usize::MAX, u32::MAX)))
        };
        let first = (0..cycle.len()).min_by_key(|&i| pos(self, cycle[i])).unwrap_or(0);
        let mut cycle = cycle;
        cycle.rotate_left(first);
        let short = |c: &Compiler<'a>, t: TypeId| c.local_type_name(t);
        let Some(&(_, file, span)) = self.named_decls.get(&cycle[0]) else { return };
        let msg = if cycle.len() == 1 {
            format!("invalid recursive type: {} refers to itself", short(self, cycle[0]))
        } else {
            let mut m = format!("invalid recursive type {}", short(self, cycle[0]));
            for (i, &c) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()];
                let at = match (self.instance_sites.get(&c), self.named_decls.get(&c)) {
                    (Some(&(f, lo)), _) => self.files[f].map.position(lo).to_string(),
                    (None, Some(&(_, f, sp))) => self.files[f].map.position(sp.lo).to_string(),
                    (None, None) => String::new(),
                };
                m.push_str(&format!("\n\t{at}: {} refers to {}", short(self, c), short(self, next)));
            }
            m
        };
        self.error_in(file, span, msg);
        let empty = self.tt.intern(Kind::Struct(Vec::new()));
        for &c in &cycle {
            self.tt.set_underlying(c, empty);
            if let Some(d) = self.named_decls.get_mut(&c) {
                d.0 = empty;
            }
        }
    }

    /// A named type's name as types2 writes it inside its own package: the
    /// package's qualifier left out, in type arguments too (`E2[T2]` for
    /// `main.E2[main.T2]`).
    fn local_type_name(&self, t: TypeId) -> String {
        let name = self.tt.name(t);
        let qual = format!("{}.", self.pkgs[self.ctx.pkg].name);
        let mut out = String::with_capacity(name.len());
        let mut rest = name.as_str();
        while let Some(at) = rest.find(&qual) {
            let word_start = rest[..at].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '/'));
            out.push_str(&rest[..at]);
            if !word_start {
                out.push_str(&qual);
            }
            rest = &rest[at + qual.len()..];
        }
        out.push_str(rest);
        out
    }

    /// Adds wrapper methods for the methods promoted from embedded fields
    /// (Go's autogenerated `main.T.M` wrappers), so that interface dispatch
    /// and method values find them.
    pub(crate) fn promote_methods(&mut self, t: TypeId) {
        let Some(fields) = self.tt.struct_fields(t).map(|f| f.to_vec()) else { return };
        if !fields.iter().any(|f| f.embedded) {
            return;
        }
        // Candidate names: methods of embedded types (one level; deeper
        // levels were already promoted into the embedded named types).
        let mut names: Vec<String> = Vec::new();
        for f in fields.iter().filter(|f| f.embedded) {
            let base = match self.tt.kind(f.ty) {
                Kind::Pointer(e) => *e,
                _ => f.ty,
            };
            if let Some(ni) = self.tt.named_info(base) {
                names.extend(ni.methods.iter().map(|m| m.name.clone()));
            }
            if let Some(ms) = self.tt.iface_methods(base) {
                names.extend(ms.iter().map(|m| m.name.clone()));
            }
        }
        names.sort();
        names.dedup();
        let tname = self.tt.name(t);
        let named = self.tt.named_info(t).is_some();
        let (pkg, short) = match tname.split_once('.') {
            Some((p, s)) if named => (p.to_string(), s.to_string()),
            _ => (String::new(), tname.clone()),
        };
        for name in names {
            if self.tt.method(t, &name).is_some() {
                continue;
            }
            let sel = self.lookup_sel(t, &name);
            let (path, target, sig, iface_name) = match sel {
                crate::expr::Sel::Method { path, func, ptr_recv, sig, .. } if !path.is_empty() => (path, Some((func, ptr_recv)), sig, None),
                crate::expr::Sel::IfaceMethod { path, name, sig } if !path.is_empty() => (path, None, sig, Some(name)),
                _ => continue,
            };
            let Some(s) = self.tt.sig(sig).cloned() else { continue };
            // Walk the path to find the final field's type.
            let mut cur = t;
            let mut through_ptr = false;
            let mut last_ty = t;
            for &i in &path {
                let st = match self.tt.kind(cur) {
                    Kind::Pointer(e) => *e,
                    _ => cur,
                };
                let ft = self.tt.struct_fields(st).map(|f| f[i as usize].ty).unwrap_or(TypeId::VOID);
                through_ptr |= matches!(self.tt.kind(ft), Kind::Pointer(_));
                last_ty = ft;
                cur = ft;
            }
            let target_ptr = target.map(|t| t.1).unwrap_or(false);
            let field_is_ptr = matches!(self.tt.kind(last_ty), Kind::Pointer(_));
            let np = 1 + s.params.len() as u16;
            let nr = s.results.len() as u16;
            let tmp = np + nr;
            let base = tmp + 1;
            let mut code = vec![Op::Move { dst: tmp, src: 0 }];
            for (k, &i) in path.iter().enumerate() {
                let last = k + 1 == path.len();
                if last && target_ptr && !field_is_ptr {
                    code.push(Op::AddrField { dst: tmp, obj: tmp, idx: i });
                } else {
                    code.push(Op::GetField { dst: tmp, obj: tmp, idx: i });
                }
            }
            if target.is_some() && !target_ptr && field_is_ptr {
                code.push(Op::Load { dst: tmp, ptr: tmp });
            }
            code.push(Op::Move { dst: base, src: tmp });
            for i in 1..np {
                code.push(Op::Move { dst: base + i, src: i });
            }
            match (target, &iface_name) {
                (Some((f, _)), _) if f & NATIVE_BIT != 0 => code.push(Op::CallNative { native: (f & !NATIVE_BIT) as u16, base, nargs: np }),
                (Some((f, _)), _) => code.push(Op::Call { func: f, base }),
                (None, Some(n)) => {
                    let k = self.const_index(bytecode::Const::Str(n.clone().into_bytes()));
                    code.push(Op::CallIface { base, name: k, nargs: np.saturating_sub(1), nres: nr });
                }
                _ => continue,
            }
            for j in 0..nr {
                code.push(Op::Move { dst: np + j, src: base + j });
            }
            code.push(Op::Return);
            // The wrapper needs a pointer receiver when the target does and
            // no embedded pointer provides the address.
            let ptr_recv = target_ptr && !through_ptr;
            let fname = match (named, ptr_recv) {
                (true, true) => format!("{pkg}.(*{short}).{name}"),
                (true, false) => format!("{pkg}.{short}.{name}"),
                (false, true) => format!("(*{short}).{name}"),
                (false, false) => format!("{short}.{name}"),
            };
            let nslots = base + np.max(nr) + 1;
            let proto = FuncProto {
                name: fname.clone(),
                nslots,
                nparams: np,
                nresults: nr,
                boxed_results: vec![false; nr as usize],
                result_types: s.results.clone(),
                param_types: std::iter::once(t).chain(s.params.iter().copied()).collect(),
                frame_size: 16 + 8 * nslots as u32,
                deferreturn_pc: code.len() as u32 - 1,
                code,
                wrapper: true,
                ..Default::default()
            };
            let f = self.new_func(fname);
            self.funcs[f as usize] = proto;
            let m = Method { name, func: f, ptr_recv, sig, promoted: true };
            match self.tt.named_info_mut(t) {
                Some(ni) => ni.methods.push(m),
                None => self.tt.unnamed_methods.entry(t.canonical()).or_default().push(m),
            }
        }
    }

    /// Promotes the methods of the embedded fields of every unnamed struct
    /// type the program mentions (`struct{ T }` in an interface): named
    /// types get theirs when declared.
    pub(crate) fn promote_unnamed_struct_methods(&mut self) {
        let mut i = 0;
        while i < self.tt.len() {
            let t = TypeId(i as u32);
            i += 1;
            let Kind::Struct(fields) = self.tt.kind(t) else { continue };
            if fields.iter().any(|f| f.embedded) && !self.tt.unnamed_methods.contains_key(&t) {
                self.tt.unnamed_methods.insert(t, Vec::new());
                self.promote_methods(t);
            }
        }
    }

    /// Registers the methods declared on named type `t` and queues them.
    fn register_methods(&mut self, t: TypeId, spec: &'a TypeSpec<'a>, subst: &HashMap<&'a str, TypeId>) {
        let key = (self.ctx.pkg, spec.name.name);
        // Methods are declared on package-level types only: a type defined
        // in a function with the name of one that has methods has none.
        let declared_here = |c: &Self| {
            c.pkgs[c.ctx.pkg]
                .scope
                .get(spec.name.name)
                .is_some_and(|&o| matches!(c.objs[o.0 as usize].kind, ObjKind::Type { spec: s } if std::ptr::eq(s, spec)))
        };
        if !declared_here(self) {
            return;
        }
        let Some(decls) = self.methods_of.get(&key).cloned() else { return };
        let pkg = self.ctx.pkg;
        let type_name = self.tt.name(t);
        let short = type_name.split_once('.').map(|x| x.1).unwrap_or(&type_name).to_string();
        // The receiver base type must be a defined type that is neither a
        // pointer nor an interface.
        let bad_base = matches!(self.tt.ukind(t), Kind::Pointer(_) | Kind::Interface { .. });
        let fields: Vec<String> = match self.tt.ukind(t) {
            Kind::Struct(fs) => fs.iter().map(|f| f.name.clone()).collect(),
            _ => Vec::new(),
        };
        let mut seen: Vec<(&'a str, usize, Span)> = Vec::new();
        for (decl, file) in decls {
            let r = decl.recv.expect("method");
            let ptr = matches!(r.typ.kind, ExprKind::Star(_)) || self.ptr_alias_recvs.contains(&(decl as *const FuncDecl as usize));
            let base_span = match &r.typ.kind {
                ExprKind::Star(inner) => inner.span,
                _ => r.typ.span,
            };
            if bad_base {
                self.error_in(file, base_span, format!("invalid receiver type {short} (pointer or interface type)"));
                continue;
            }
            let mname = decl.name.name;
            if mname != "_" {
                if let Some(&(_, pfile, pspan)) = seen.iter().find(|m| m.0 == mname) {
                    let at = crate::pos_ref(&self.files[pfile].map, pspan.lo);
                    self.error_in(file, decl.name.span, format!("method {short}.{mname} already declared at {at}"));
                    continue;
                }
                seen.push((mname, file, decl.name.span));
                if fields.iter().any(|f| f == mname) {
                    let mut msg = format!("field and method with the same name {mname}");
                    // types2 points at the field too, when it is declared here.
                    if let ExprKind::StructType { fields: fs } = &spec.typ.kind {
                        let tfile = self.named_decls.get(&t).map_or(file, |d| d.1);
                        let named = fs.iter().flat_map(|f| f.names.iter().map(|n| (n.name, n.span)));
                        let embedded =
                            fs.iter().filter(|f| f.names.is_empty()).filter_map(|f| embedded_name(f.typ).map(|n| (n, f.typ.span)));
                        if let Some((_, sp)) = named.chain(embedded).find(|(n, _)| *n == mname) {
                            let at = crate::pos_ref(&self.files[tfile].map, sp.lo);
                            msg.push_str(&format!("\n\t{at}: other declaration of {mname}"));
                        }
                    }
                    self.error_in(file, decl.name.span, msg);
                    continue;
                }
            }
            // Map the receiver's type parameter names to the type arguments.
            let mut msubst = subst.clone();
            let rparams = recv_type_params(r.typ);
            for (i, p) in rparams.iter().enumerate() {
                if let Some(tp) = spec.type_params.iter().flat_map(|f| f.names.iter()).nth(i) {
                    if let Some(&ty) = subst.get(tp.name) {
                        msubst.insert(p, ty);
                    }
                }
            }
            let saved = std::mem::replace(&mut self.ctx, Ctx { pkg, file, subst: msubst.clone() });
            let sig = self.signature(decl.typ, None);
            self.ctx = saved;
            let pkgname = self.pkgs[pkg].sym.clone();
            // A method of a generic type is named with its type arguments
            // elided, as gc's funcNameForPrint shows it: `main.(*S[...]).M`.
            let rshort = if spec.type_params.is_empty() { short.clone() } else { format!("{}[...]", spec.name.name) };
            let fname =
                if ptr { format!("{pkgname}.(*{rshort}).{}", decl.name.name) } else { format!("{pkgname}.{rshort}.{}", decl.name.name) };
            if decl.body.is_none() && self.pkgs[pkg].local {
                self.missing_body(file, decl);
            }
            let func = if decl.body.is_none() {
                let nname = if pkgname == "runtime" && decl.name.name == "Error" { "runtime.Error".to_string() } else { fname.clone() };
                NATIVE_BIT | self.native(&nname) as u32
            } else {
                let f = self.new_func(fname);
                if !self.checking_generic {
                    self.queue.push_back(Job { func: f, decl, pkg, file, subst: msubst, recv: Some(t) });
                }
                f
            };
            if let Some(ni) = self.tt.named_info_mut(t) {
                if ni.methods.iter().any(|m| m.name == decl.name.name) {
                    continue;
                }
                ni.methods.push(Method { name: decl.name.name.to_string(), func, ptr_recv: ptr, sig, promoted: false });
            }
        }
    }

    /// The Func type of a signature (receiver excluded).
    pub(crate) fn signature(&mut self, ft: &'a FuncType<'a>, _recv: Option<TypeId>) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for f in ft.params.iter() {
            let (t, v) = match &f.typ.kind {
                ExprKind::Ellipsis(Some(e)) => {
                    let et = self.resolve_type(e);
                    (self.tt.slice(et), true)
                }
                _ => (self.resolve_type(f.typ), false),
            };
            variadic |= v;
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in ft.results.iter() {
            let t = self.resolve_type(f.typ);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.tt.func(params, results, variadic)
    }

    /// Resolves a type expression in the current context.
    pub(crate) fn resolve_type(&mut self, e: &'a Expr<'a>) -> TypeId {
        match self.type_expr(e) {
            Some(t) => t,
            None => {
                let msg = match self.generic_type_spec(e) {
                    Some((spec, _)) => format!(
                        "cannot use generic type {}{} without instantiation",
                        spec.name.name,
                        crate::generics::tparam_list_text(spec.type_params)
                    ),
                    None => {
                        // types2 reports the name inside that is not a type.
                        if let Some((span, msg)) = self.first_non_type_name(e) {
                            self.error(span, msg);
                            return TypeId::VOID;
                        }
                        format!("{} is not a type", self.expr_text(e))
                    }
                };
                self.error(e.span, msg);
                // Invalid (go/types' Typ[Invalid]): what uses it reports
                // nothing more.
                TypeId::VOID
            }
        }
    }

    /// Where and how types2 reports type expression `e` that is not a
    /// type: at its first name that does not denote a type (`undefined:
    /// B`, `undefined: fmt.Foo`, `y is not a type`).
    fn first_non_type_name(&mut self, e: &'a Expr<'a>) -> Option<(Span, String)> {
        let mut names: Vec<&'a Expr<'a>> = Vec::new();
        let mut pkgs: Vec<*const Expr<'a>> = Vec::new();
        crate::walk::expr(e, &mut |x: &'a Expr<'a>| match &x.kind {
            ExprKind::Ident(_) => names.push(x),
            ExprKind::Selector(p, _) if matches!(p.kind, ExprKind::Ident(pk) if self.import_pkg(pk).is_some()) => {
                pkgs.push(*p as *const Expr<'a>);
                names.push(x);
            }
            _ => {}
        });
        for x in names {
            if pkgs.contains(&(x as *const Expr<'a>)) || self.type_expr(x).is_some() {
                continue;
            }
            return Some(match &x.kind {
                ExprKind::Selector(p, sel) => {
                    let pk = match p.kind {
                        ExprKind::Ident(pk) => pk,
                        _ => "",
                    };
                    (sel.span, format!("undefined: {pk}.{}", sel.name))
                }
                ExprKind::Ident(n) => {
                    // (A variable named as a type counts as used, as in
                    // types2, which names what the name denotes.)
                    let what = match self.lookup_local(n, true) {
                        Some(crate::func::VarRef::Const(..)) => Some("constant"),
                        Some(_) => Some("local variable"),
                        None => self.lookup_global(n).map(|id| match self.objs[id.0 as usize].kind {
                            ObjKind::Var { .. } => "package-level variable",
                            ObjKind::Func { .. } => "function",
                            ObjKind::Const { .. } | ObjKind::UniverseConst(..) => "constant",
                            ObjKind::Builtin(_) => "built-in function",
                            _ => "",
                        }),
                    };
                    (
                        x.span,
                        match what {
                            Some("") => format!("{n} is not a type"),
                            Some(w) => format!("{n} ({w}) is not a type"),
                            None if *n == "_" => "cannot use _ as value or type".to_string(),
                            None => format!("undefined: {n}"),
                        },
                    )
                }
                _ => continue,
            });
        }
        None
    }

    /// A type expression's type, or None if `e` does not denote a type.
    pub(crate) fn type_expr(&mut self, e: &'a Expr<'a>) -> Option<TypeId> {
        Some(match &e.kind {
            ExprKind::Ident(name) => {
                if let Some(&t) = self.ctx.subst.get(name) {
                    return Some(t);
                }
                if let Some(t) = self.local_type(name) {
                    return Some(t);
                }
                if let Some(id) = self.local_generic(name) {
                    return self.obj_as_type(id, e.span);
                }
                let id = self.lookup_global(name)?;
                return self.obj_as_type(id, e.span);
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(pk) = &x.kind {
                    if let Some(p) = self.import_pkg(pk) {
                        let id = *self.pkgs[p].scope.get(sel.name)?;
                        return self.obj_as_type(id, e.span);
                    }
                }
                return None;
            }
            ExprKind::Paren(x) => return self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x)?;
                self.tt.pointer(t)
            }
            ExprKind::ArrayType { len, elem } => {
                let et = self.resolve_type(elem);
                match len {
                    ArrayLen::Slice => self.tt.slice(et),
                    ArrayLen::Ellipsis => self.tt.intern(Kind::Array(0, et)),
                    ArrayLen::Expr(n) => {
                        // A name that is not a constant (types2 looks it up
                        // without using it: a variable stays unused).
                        if let ExprKind::Ident(name) = n.kind {
                            let is_const = match self.lookup_local(name, false) {
                                Some(crate::func::VarRef::Const(..)) => Some(true),
                                Some(_) => Some(false),
                                None if self.ctx.subst.contains_key(name) => Some(false),
                                // An imported package's name is no constant either
                                // (types2's lookup sees the file scope).
                                None if self.files[self.ctx.file].imports.iter().any(|imp| imp.name == name) => Some(false),
                                None => self
                                    .lookup_global(name)
                                    .map(|id| matches!(self.objs[id.0 as usize].kind, ObjKind::Const { .. } | ObjKind::UniverseConst(..))),
                            };
                            match is_const {
                                Some(true) => {}
                                Some(false) => {
                                    self.error(n.span, format!("invalid array length {name}"));
                                    self.bad_array_lens.insert((self.ctx.file, e.span.lo));
                                    return Some(self.tt.intern(Kind::Array(0, et)));
                                }
                                None => {
                                    self.error(n.span, format!("undefined array length {name} or missing type constraint"));
                                    self.bad_array_lens.insert((self.ctx.file, e.span.lo));
                                    return Some(self.tt.intern(Kind::Array(0, et)));
                                }
                            }
                        }
                        let op = {
                            let pushed = self.fstack.is_empty();
                            if pushed {
                                self.fstack.push(crate::func::FnCtx::new(Default::default(), "const".into()));
                            }
                            let op = self.expr(n, None);
                            if pushed {
                                self.fstack.pop();
                            }
                            op
                        };
                        let v = match &op {
                            crate::expr::Opnd::Const(v, _) => Some(v.clone()),
                            _ => None,
                        };
                        let len = match &v {
                            None => {
                                if !matches!(op, crate::expr::Opnd::Bad) {
                                    let desc = self.describe(n, &op);
                                    self.error(n.span, format!("array length {desc} must be constant"));
                                }
                                self.bad_array_lens.insert((self.ctx.file, e.span.lo));
                                0
                            }
                            Some(c) => match c.as_int() {
                                Some(k) if (0..=i64::MAX as i128).contains(&k) => k as u64,
                                _ => {
                                    // types2 describes the operand (its value
                                    // too, when the text is not the value).
                                    let desc = self.describe(n, &op);
                                    let msg = if self.tt.is_integer(op.ty()) {
                                        format!("invalid array length {desc}")
                                    } else {
                                        format!("array length {desc} must be integer")
                                    };
                                    self.error(n.span, msg);
                                    self.bad_array_lens.insert((self.ctx.file, e.span.lo));
                                    0
                                }
                            },
                        };
                        let at = self.tt.intern(Kind::Array(len, et));
                        // gc (types.CalcSize): 2^50 bytes or more cannot be
                        // addressed on amd64.
                        // Sizes of array types are remembered: `[1][1]...int`
                        // would otherwise cost its depth at every level.
                        let esize = match self.array_sizes.get(&et) {
                            Some(&n) => n,
                            None => self.tt.size_of(et),
                        };
                        let size = (len as usize).saturating_mul(esize);
                        self.array_sizes.insert(at, size);
                        if size >= 1 << 50 {
                            let msg = format!("type {} larger than address space", self.tname(at));
                            self.error(n.span, msg);
                        } else if len > MAX_ARRAY_ELEMS {
                            let msg = format!(
                                "arrays of more than {MAX_ARRAY_ELEMS} elements are not supported yet by gostack ({} has {len})",
                                self.tname(at)
                            );
                            self.error(n.span, msg);
                        }
                        at
                    }
                }
            }
            ExprKind::MapType { key, value } => {
                let k = self.resolve_type(key);
                if self.fake_tparam(k).is_some_and(|f| f.no_terms && !f.comparable) {
                    self.error(key.span, format!("invalid map key type {} (missing comparable constraint)", self.tname(k)));
                } else if !self.tt.comparable(k) && !matches!(self.tt.kind(k), Kind::TypeParam(_)) {
                    let msg = format!("invalid map key type {}", self.tname(k));
                    // gc's syntax tree places a func type at its `(`.
                    let at = match key.kind {
                        ExprKind::FuncType(_) => Span { lo: key.span.lo + 4, hi: key.span.hi },
                        _ => key.span,
                    };
                    self.error(at, msg);
                }
                let v = self.resolve_type(value);
                self.tt.intern(Kind::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let et = self.resolve_type(elem);
                let d = match dir {
                    ChanDir::Both => types::ChanDir::Both,
                    ChanDir::Send => types::ChanDir::Send,
                    ChanDir::Recv => types::ChanDir::Recv,
                };
                self.tt.intern(Kind::Chan(d, et))
            }
            ExprKind::FuncType(ft) => self.signature(ft, None),
            ExprKind::StructType { fields } => {
                let mut fs = Vec::new();
                for f in fields.iter() {
                    let t = self.resolve_type(f.typ);
                    // An empty tag is no tag: `struct{ x int "" }` and
                    // `struct{ x int }` are one type.
                    let tag = f
                        .tag
                        .map(|t| crate::constant::parse_string_lit(t).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default())
                        .filter(|t| !t.is_empty());
                    if f.names.is_empty() {
                        // types2's embedded field rules (struct.go).
                        let (base, is_ptr) = match self.tt.kind(t) {
                            Kind::Pointer(p) if matches!(f.typ.kind, ExprKind::Star(_)) => (*p, true),
                            _ => (t, false),
                        };
                        let inner = match &f.typ.kind {
                            ExprKind::Star(x) => x,
                            _ => &f.typ,
                        };
                        let tparam = matches!(&inner.kind, ExprKind::Ident(n) if self.ctx.subst.contains_key(n));
                        let why = match self.tt.ukind(base) {
                            _ if tparam => Some("a (pointer to a) type parameter"),
                            Kind::UnsafePointer => Some("unsafe.Pointer"),
                            Kind::Pointer(_) => Some("a pointer"),
                            Kind::Interface { .. } if is_ptr => Some("a pointer to an interface"),
                            _ => None,
                        };
                        if let Some(why) = why {
                            self.error(f.typ.span, format!("embedded field type cannot be {why}"));
                        }
                        let name = embedded_name(f.typ).unwrap_or("?").to_string();
                        fs.push(TField { name, ty: t, embedded: true, tag: tag.clone() });
                    }
                    for n in f.names.iter() {
                        fs.push(TField { name: n.name.to_string(), ty: t, embedded: false, tag: tag.clone() });
                    }
                }
                if fs.len() > MAX_FIELDS {
                    // Field indexes are 16-bit in gostack's instructions.
                    let msg = format!("struct type has {} fields: gostack supports at most {MAX_FIELDS}", fs.len());
                    self.error(e.span, msg);
                    // Invalid: uses of it report nothing more.
                    return Some(TypeId::VOID);
                }
                self.tt.intern(Kind::Struct(fs))
            }
            ExprKind::InterfaceType { elems } => {
                let mut methods: Vec<IMethod> = Vec::new();
                let mut terms = Vec::new();
                let mut comparable = false;
                for el in elems.iter() {
                    match el {
                        InterfaceElem::Method { name, typ } => {
                            let sig = self.signature(typ, None);
                            // A method of an embedded interface may be
                            // declared again with an identical signature
                            // (overlapping interfaces, Go 1.14); two
                            // explicit ones may not.
                            let explicit_before = elems.iter().any(
                                |el| matches!(el, InterfaceElem::Method { name: n, .. } if n.name == name.name && n.span.lo < name.span.lo),
                            );
                            let clash =
                                methods.iter().any(|m| m.name == name.name && (explicit_before || m.sig.canonical() != sig.canonical()));
                            if clash && !explicit_before {
                                // types2 reports the embedded method, at the
                                // embedded interface.
                                let embed = elems.iter().find_map(|el| match el {
                                    InterfaceElem::Embed(x) => {
                                        let t = self.type_expr(x)?;
                                        self.tt.iface_methods(t)?.iter().any(|m| m.name == name.name).then_some(x.span)
                                    }
                                    _ => None,
                                });
                                let at = crate::pos_ref(&self.files[self.ctx.file].map, name.span.lo);
                                let msg = format!("duplicate method {}\n\t{at}: other declaration of method {}", name.name, name.name);
                                self.error(embed.unwrap_or(name.span), msg);
                                continue;
                            }
                            if clash {
                                let mut msg = format!("duplicate method {}", name.name);
                                let first = elems.iter().find_map(|el| match el {
                                    InterfaceElem::Method { name: n, .. } if n.name == name.name => Some(n.span),
                                    _ => None,
                                });
                                if let Some(f) = first.filter(|f| *f != name.span) {
                                    let at = crate::pos_ref(&self.files[self.ctx.file].map, f.lo);
                                    msg.push_str(&format!("\n\t{at}: other declaration of method {}", name.name));
                                }
                                self.error(name.span, msg);
                                continue;
                            }
                            if !methods.iter().any(|m| m.name == name.name) {
                                methods.push(IMethod { name: name.name.to_string(), sig });
                            }
                        }
                        InterfaceElem::Embed(x) => {
                            self.collect_terms(x, &mut methods, &mut terms, &mut comparable);
                        }
                    }
                }
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                methods.dedup_by(|a, b| a.name == b.name);
                self.tt.intern(Kind::Interface { methods, terms, comparable })
            }
            ExprKind::Index(x, args) => {
                // A generic type instantiation.
                let (spec, pkg) = self.generic_type_spec(x)?;
                return Some(self.instantiate_type_checked(spec, pkg, x, args).unwrap_or(TypeId::ANY));
            }
            _ => return None,
        })
    }

    pub(crate) fn collect_terms(
        &mut self,
        x: &'a Expr<'a>,
        methods: &mut Vec<IMethod>,
        terms: &mut Vec<(bool, TypeId)>,
        comparable: &mut bool,
    ) {
        match &x.kind {
            ExprKind::Binary { op: BinaryOp::Or, x: a, y: b, .. } => {
                self.collect_terms(a, methods, terms, comparable);
                self.collect_terms(b, methods, terms, comparable);
            }
            ExprKind::Unary(UnaryOp::Tilde, t) => {
                let t = self.resolve_type(t);
                terms.push((true, t));
            }
            _ => {
                let t = self.resolve_type(x);
                if matches!(self.tt.kind(t), Kind::Named(_)) && self.embedding_cycle(t) {
                    return;
                }
                match self.tt.ukind(t).clone() {
                    Kind::Interface { methods: ms, terms: ts, comparable: c } => {
                        methods.extend(ms);
                        terms.extend(ts);
                        *comparable |= c;
                    }
                    _ => terms.push((false, t)),
                }
            }
        }
    }

    /// The generic type spec named by `x` (with its package).
    pub(crate) fn generic_type_spec(&mut self, x: &'a Expr<'a>) -> Option<(&'a TypeSpec<'a>, usize)> {
        let id = match &x.kind {
            ExprKind::Ident(n) if self.local_lookup_exists(n) => self.local_generic(n)?,
            ExprKind::Ident(n) => self.lookup_global(n)?,
            ExprKind::Selector(p, sel) => {
                let ExprKind::Ident(pk) = &p.kind else { return None };
                let pi = self.import_pkg(pk)?;
                *self.pkgs[pi].scope.get(sel.name)?
            }
            _ => return None,
        };
        match self.objs[id.0 as usize].kind {
            ObjKind::Type { spec } if !spec.type_params.is_empty() => Some((spec, self.objs[id.0 as usize].pkg)),
            _ => None,
        }
    }

    /// The nesting of type arguments: 1 + the deepest of them, through
    /// pointer, slice, array, map and channel types and generic instances.
    pub(crate) fn targ_depth(&self, targs: &[TypeId]) -> u32 {
        let depth = |mut t: TypeId| {
            let mut d = 0;
            loop {
                if let Some(&i) = self.instance_depth.get(&t) {
                    return d + i;
                }
                match self.tt.elem(t) {
                    Some(e) if d < MAX_INSTANCE_DEPTH => {
                        d += 1;
                        t = e;
                    }
                    _ => return d,
                }
            }
        };
        1 + targs.iter().map(|&t| depth(t)).max().unwrap_or(0)
    }

    /// types2's monomorph check, bounded: a generic that instantiates
    /// itself with ever-growing type arguments (`B[T]` using `B[B[T]]`,
    /// `f[T]` calling `f[[]T]`) would be instantiated without end; past
    /// MAX_INSTANCE_DEPTH nested arguments it is `instantiation cycle`,
    /// reported once at the generic's name.
    ///
    /// (Generic type declarations are checked in the declarations first,
    /// with the step lines: `find_type_instance_cycle`; a function
    /// instantiating itself gets its step from `instance_step`; here, what
    /// is left gets the headline only.)
    fn instance_cycle(&mut self, tparams: &[Field], file: usize, depth: u32) -> bool {
        if depth <= MAX_INSTANCE_DEPTH && !self.instance_cycle {
            return false;
        }
        if !self.instance_cycle {
            // (At the type parameter, as types2's vertex.)
            let at = tparams.first().and_then(|f| f.names.first()).map(|n| n.span).unwrap_or_default();
            self.error_in(file, at, "instantiation cycle:");
            self.instance_cycle = true;
        }
        true
    }

    /// The generic function whose body is checked instantiates itself
    /// with a type argument made of its own type parameter (`g(&a)` in
    /// `func g[P any](a P)` instantiates `g[*P]`, which would instantiate
    /// `g[**P]`...): types2's instantiation cycle, at the type parameter.
    /// (Only this direct case: a cycle through other generic functions is
    /// found by the length of the chain of instances when one is called.)
    fn self_instance_cycle(&mut self, decl: &'a FuncDecl<'a>, file: usize, targs: &[TypeId]) {
        let tps = crate::generics::tparams(decl.type_params);
        for (i, &t) in targs.iter().enumerate() {
            if self.fake_tparam(t).is_some() || !self.mentions_fake(t, 0) {
                continue;
            }
            if let Some((name, _)) = tps.get(i) {
                // The step, as types2 adds it: at the type argument when
                // it is written, at the function when it is inferred.
                let mut msg = "instantiation cycle:".to_string();
                if let Some((explicit, fun)) = self.inst_site.clone() {
                    let at = explicit.get(i).copied().unwrap_or(fun);
                    let pos = crate::pos_ref(&self.files[self.ctx.file].map, at.lo);
                    msg.push_str(&format!("\n\t{pos}: {} instantiated as {}", name.name, self.tname(t)));
                }
                self.error_in(file, name.span, msg);
            }
            return;
        }
    }

    /// types2's line for one step of an instantiation cycle (`\n\t./f.go:5:4:
    /// P instantiated as *P`): generic function `decl` instantiated with
    /// `targs` by the instance being compiled (whose type arguments
    /// `self.ctx.subst` gives), the first argument that is made of one of
    /// those printed with the parameter's name, at the written argument
    /// or at the call (`self.inst_site`).
    fn instance_step(&self, decl: &'a FuncDecl<'a>, targs: &[TypeId]) -> Option<String> {
        let (explicit, call) = self.inst_site.clone()?;
        let names: HashMap<TypeId, &str> = self.ctx.subst.iter().map(|(n, t)| (*t, *n)).collect();
        let tps = crate::generics::tparams(decl.type_params);
        for (i, &t) in targs.iter().enumerate() {
            if names.contains_key(&t) {
                continue;
            }
            let Some(text) = self.type_text_with(t, &names, 0) else { continue };
            let at = explicit.get(i).copied().unwrap_or(call);
            let pos = crate::pos_ref(&self.files[self.ctx.file].map, at.lo);
            return Some(format!("\n\t{pos}: {} instantiated as {text}", tps.get(i)?.0.name));
        }
        None
    }

    /// A generic instantiated, in the body of one of its own instances,
    /// with a type defined in that body (`type loc ...; F[*loc]()`): the
    /// type is implicitly parameterized by the instance's type arguments,
    /// so each instance would make a new one and instantiate again. This
    /// is types2's instantiation cycle "implicitly parameterized by",
    /// reported at the generic's type parameter with both steps.
    /// `spans`: where each type argument is written (or inferred).
    pub(crate) fn implicit_instance_cycle(
        &mut self,
        generic: usize,
        tparams: &'a [Field<'a>],
        file: usize,
        targs: &[TypeId],
        spans: Option<&[Span]>,
    ) -> bool {
        if self.implicitly_parameterized.is_empty() || self.instance_cycle {
            return false;
        }
        let tps = crate::generics::tparams(tparams);
        for (i, &t) in targs.iter().enumerate() {
            let mut locals: Vec<(TypeId, &'a str, Span, usize)> = self
                .implicitly_parameterized
                .iter()
                .filter(|(_, l)| l.generic == generic)
                .map(|(&lt, l)| (lt, l.name, l.span, l.file))
                .collect();
            locals.sort_by_key(|l| (l.3, l.2.lo));
            for (local, name, decl_span, decl_file) in locals {
                let names: HashMap<TypeId, &str> = [(local, name)].into_iter().collect();
                let Some(text) = self.type_text_with(t, &names, 0) else { continue };
                let Some((tp, _)) = tps.get(i) else { continue };
                let mut msg = "instantiation cycle:".to_string();
                if let Some(at) = spans.and_then(|s| s.get(i)) {
                    let pos = crate::pos_ref(&self.files[self.ctx.file].map, at.lo);
                    msg.push_str(&format!("\n\t{pos}: {} instantiated as {text}", tp.name));
                }
                let pos = crate::pos_ref(&self.files[decl_file].map, decl_span.lo);
                msg.push_str(&format!("\n\t{pos}: {name} implicitly parameterized by {}", tp.name));
                self.error_in(file, tp.span, msg);
                self.instance_cycle = true;
                return true;
            }
        }
        false
    }

    /// Type `t` as types2 prints it, with the types `names` maps written
    /// as those names (a type parameter's), if it mentions one of them
    /// through pointer, slice, array, map and channel types.
    fn type_text_with(&self, t: TypeId, names: &HashMap<TypeId, &str>, depth: u32) -> Option<String> {
        if let Some(n) = names.get(&t) {
            return Some(n.to_string());
        }
        if depth > 16 {
            return None;
        }
        let inner = |e: TypeId| self.type_text_with(e, names, depth + 1);
        Some(match self.tt.kind(t) {
            Kind::Pointer(e) => format!("*{}", inner(*e)?),
            Kind::Slice(e) => format!("[]{}", inner(*e)?),
            Kind::Array(n, e) => format!("[{n}]{}", inner(*e)?),
            Kind::Chan(d, e) => {
                let dir = match d {
                    types::ChanDir::Both => "chan ",
                    types::ChanDir::Send => "chan<- ",
                    types::ChanDir::Recv => "<-chan ",
                };
                format!("{dir}{}", inner(*e)?)
            }
            Kind::Map(k, v) => {
                let (kt, vt) = (inner(*k), inner(*v));
                if kt.is_none() && vt.is_none() {
                    return None;
                }
                format!("map[{}]{}", kt.unwrap_or_else(|| self.tname(*k)), vt.unwrap_or_else(|| self.tname(*v)))
            }
            _ => return None,
        })
    }

    /// Whether type `t` is made of a type parameter of a generic body
    /// being checked.
    fn mentions_fake(&self, t: TypeId, depth: u32) -> bool {
        if depth > 8 {
            return false;
        }
        if self.fake_tparam(t).is_some() {
            return true;
        }
        match self.tt.kind(t) {
            Kind::Pointer(e) | Kind::Slice(e) | Kind::Array(_, e) | Kind::Chan(_, e) => self.mentions_fake(*e, depth + 1),
            Kind::Map(k, v) => self.mentions_fake(*k, depth + 1) || self.mentions_fake(*v, depth + 1),
            Kind::Func(sig) => sig.params.iter().chain(sig.results.iter()).any(|p| self.mentions_fake(*p, depth + 1)),
            Kind::Named(_) => {
                self.type_instances.iter().any(|((_, targs), inst)| *inst == t && targs.iter().any(|a| self.mentions_fake(*a, depth + 1)))
            }
            _ => false,
        }
    }

    /// `missing function body`: gc's backend reports it, so only when
    /// type checking found no error (`run` adds these then), at the
    /// declaration's name, or a method's receiver.
    fn missing_body(&mut self, file: usize, decl: &'a FuncDecl<'a>) {
        let at = match decl.recv {
            Some(_) => {
                let src = self.files[file].src.as_bytes();
                let mut i = decl.span.lo as usize + "func".len();
                while src.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
                    i += 1;
                }
                Span { lo: i as u32, hi: i as u32 + 1 }
            }
            None => decl.name.span,
        };
        self.missing_bodies.push((file, at));
    }

    pub(crate) fn instantiate_type(&mut self, spec: &'a TypeSpec<'a>, pkg: usize, targs: &[TypeId]) -> TypeId {
        // A generic type declared in a function sees the type parameters
        // of a generic function around it: its instances differ with them.
        let outer: Vec<(&'a str, TypeId)> = self.local_generics.get(&(spec as *const _ as usize)).cloned().unwrap_or_default();
        let mut key = targs.to_vec();
        key.extend(outer.iter().map(|(_, t)| *t));
        if let Some(&t) = self.type_instances.get(&(spec as *const _ as usize, key.clone())) {
            return t;
        }
        let depth = self.targ_depth(targs).max(self.instantiating + 1);
        let mut subst: HashMap<&'a str, TypeId> = outer.iter().copied().collect();
        for (i, n) in spec.type_params.iter().flat_map(|f| f.names.iter()).enumerate() {
            subst.insert(n.name, targs.get(i).copied().unwrap_or(TypeId::ANY));
        }
        let file = self
            .objs
            .iter()
            .find(|o| matches!(o.kind, ObjKind::Type { spec: s } if std::ptr::eq(s, spec)))
            .map(|o| o.file)
            .unwrap_or(self.ctx.file);
        // A type on an instantiation cycle of the declarations, nesting:
        // the cycle, now (its instances would only grow).
        let on_cycle = self.pending_type_cycle.as_ref().is_some_and(|c| c.specs.contains(&(spec as *const TypeSpec as usize)));
        if on_cycle && depth > 3 && !self.instance_cycle {
            self.report_instance_cycle();
            return TypeId::VOID;
        }
        if self.instance_cycle(spec.type_params, file, depth) {
            return TypeId::VOID;
        }
        let saved = std::mem::replace(&mut self.ctx, Ctx { pkg, file, subst: subst.clone() });
        self.instantiating += 1;
        self.instance_key_extra = outer.iter().map(|(_, t)| *t).collect();
        let t = self.declare_named(spec, targs, &subst);
        self.instantiating -= 1;
        self.ctx = saved;
        self.instance_depth.insert(t, depth);
        t
    }

    /// Instantiates a generic function with type arguments.
    pub(crate) fn instantiate_func(&mut self, id: ObjId, targs: &[TypeId]) -> (u32, TypeId) {
        let o = &self.objs[id.0 as usize];
        let ObjKind::Func { decl } = o.kind else { return (0, TypeId::VOID) };
        let (pkg, file) = (o.pkg, o.file);
        let key = (decl as *const _ as usize, targs.to_vec());
        // Its own signature mentions this instance: only in a constant
        // (an array length), so only through unsafe.Sizeof or Alignof,
        // where any function type serves (they are all one pointer).
        if self.sig_instances.contains(&key) {
            let sig = self.tt.func(vec![], vec![], false);
            return (0, sig);
        }
        let mut subst = HashMap::default();
        for (i, n) in decl.type_params.iter().flat_map(|f| f.names.iter()).enumerate() {
            subst.insert(n.name, targs.get(i).copied().unwrap_or(TypeId::ANY));
        }
        let saved = std::mem::replace(&mut self.ctx, Ctx { pkg, file, subst: subst.clone() });
        let saved_f = std::mem::take(&mut self.fstack);
        self.sig_instances.push(key.clone());
        let sig = self.signature(decl.typ, None);
        self.sig_instances.pop();
        self.fstack = saved_f;
        self.ctx = saved;
        if let Some(&f) = self.func_instances.get(&key) {
            return (f, sig);
        }
        if self.checking_generic && self.checking_decl == Some(decl as *const FuncDecl as usize) {
            self.self_instance_cycle(decl, file, targs);
        }
        let spans = self
            .inst_site
            .clone()
            .map(|(explicit, call)| (0..targs.len()).map(|i| explicit.get(i).copied().unwrap_or(call)).collect::<Vec<_>>());
        if self.implicit_instance_cycle(decl as *const FuncDecl as usize, decl.type_params, file, targs, spans.as_deref()) {
            return (0, TypeId::VOID);
        }
        let depth = self.targ_depth(targs);
        let chain = self.compiling.and_then(|c| self.inst_depth.get(&c)).map_or(0, |d| d + 1);
        let unbounded = depth > MAX_INSTANCE_DEPTH || chain > MAX_INSTANCE_CHAIN;
        let key_ptr = decl as *const FuncDecl as usize;
        if unbounded && self.pending_type_cycle.as_ref().is_some_and(|c| c.specs.contains(&key_ptr)) {
            // A cycle of the declarations' graph, with each step.
            self.report_instance_cycle();
        }
        if unbounded && !self.instance_cycle {
            // The instance being compiled instantiates its function with
            // an argument made of its own: the cycle, with that step.
            if let Some(step) = self.instance_step(decl, targs) {
                let at = decl.type_params.first().and_then(|f| f.names.first()).map(|n| n.span).unwrap_or_default();
                self.error_in(file, at, format!("instantiation cycle:{step}"));
                self.instance_cycle = true;
            }
        }
        if self.instance_cycle(decl.type_params, file, depth) {
            return (0, TypeId::VOID);
        }
        // The other way to grow forever: each instance's body instantiates
        // the function again with a bigger argument (`Nest[A]` calling
        // `Nest[Box[A]]`), a chain of instances whose type arguments may
        // nest through named types the depth above does not see.
        if chain > MAX_INSTANCE_CHAIN && self.instance_cycle(decl.type_params, file, u32::MAX) {
            return (0, TypeId::VOID);
        }
        let pkgname = self.pkgs[pkg].sym.clone();
        let f = self.new_func(format!("{pkgname}.{}[...]", decl.name.name));
        self.func_instances.insert(key, f);
        self.inst_depth.insert(f, chain);
        if !self.checking_generic {
            self.queue.push_back(Job { func: f, decl, pkg, file, subst, recv: None });
        }
        (f, sig)
    }

    fn obj_as_type(&mut self, id: ObjId, _span: Span) -> Option<TypeId> {
        let i = id.0 as usize;
        match self.objs[i].kind {
            ObjKind::BasicType(t) => Some(t),
            ObjKind::Type { spec } => {
                self.objs[i].used = true;
                if !spec.type_params.is_empty() {
                    return None;
                }
                if self.objs[i].state == State::InProgress && self.objs[i].ty != TypeId::VOID {
                    return Some(self.objs[i].ty);
                }
                self.resolve_obj(id);
                Some(self.objs[i].ty)
            }
            _ => None,
        }
    }

    /// A package imported by the current file under `name`.
    pub(crate) fn import_pkg(&mut self, name: &str) -> Option<usize> {
        if self.local_lookup_exists(name) {
            return None;
        }
        let f = &mut self.files[self.ctx.file];
        for imp in f.imports.iter_mut() {
            if imp.name == name {
                imp.used = true;
                return Some(imp.pkg);
            }
        }
        None
    }

    /// Looks a name up in the package scope, then the universe.
    pub(crate) fn lookup_global(&mut self, name: &str) -> Option<ObjId> {
        if let Some(&id) = self.pkgs[self.ctx.pkg].scope.get(name) {
            self.objs[id.0 as usize].used = true;
            return Some(id);
        }
        // The exported names of the file's dot imports (`import . "fmt"`)
        // are in its file scope.
        if name.starts_with(|c: char| c.is_uppercase()) && self.ctx.file < self.files.len() {
            let found = self.files[self.ctx.file]
                .imports
                .iter()
                .enumerate()
                .filter(|(_, imp)| imp.name == ".")
                .find_map(|(i, imp)| self.pkgs[imp.pkg].scope.get(name).map(|&id| (i, id)));
            if let Some((i, id)) = found {
                self.files[self.ctx.file].imports[i].used = true;
                return Some(id);
            }
        }
        self.universe.get(name).copied()
    }

    /// Builds the program's initialisation, as runtime.main runs it
    /// (doInit1 per package): packages in Go's order (the first package by
    /// import path whose imports are all initialised, repeatedly), each
    /// with its variable initialisers in dependency order (a function
    /// `pkg.init`) and then its init functions in declaration order.
    /// Returns goroutine 1's entry; `init_funcs` becomes the sequence.
    pub(crate) fn build_init(&mut self, main_pkg: usize) -> u32 {
        let order = self.init_order();
        let needed = self.needed_vars();
        let inits = std::mem::take(&mut self.init_funcs);
        let mut seq: Vec<u32> = Vec::new();
        for p in self.package_init_order() {
            let vars: Vec<ObjId> = order.iter().copied().filter(|id| self.objs[id.0 as usize].pkg == p && needed.contains(id)).collect();
            if !vars.is_empty() {
                seq.push(self.build_var_init(p, &vars));
            }
            let prefix = format!("{}.init.", self.pkgs[p].sym);
            seq.extend(inits.iter().copied().filter(|&f| self.funcs[f as usize].name.starts_with(&prefix)));
        }
        // Init functions of packages outside the order (none expected).
        let rest: Vec<u32> = inits.iter().copied().filter(|f| !seq.contains(f)).collect();
        seq.extend(rest);
        let _ = main_pkg;
        self.init_funcs = seq;
        self.build_entry()
    }

    /// `runtime.main`, goroutine 1's function: it starts the program; the
    /// VM then runs `init_funcs` and main.main after it returns (doInit1).
    fn build_entry(&mut self) -> u32 {
        let f = self.begin_synthetic("runtime.main");
        self.emit(Op::Return, Span::default());
        self.end_synthetic(f)
    }

    /// Starts compiling function `name` that no source declares (the
    /// entry, variable initialisers); `end_synthetic` ends it.
    fn begin_synthetic(&mut self, name: &str) -> u32 {
        let f = self.new_func(name.to_string());
        let mut fc = crate::func::FnCtx::new(FuncProto { name: name.to_string(), ..Default::default() }, name.to_string());
        fc.wrapper = true;
        self.fstack.push(fc);
        f
    }

    fn end_synthetic(&mut self, f: u32) -> u32 {
        let mut fc = self.fstack.pop().expect("synthetic function ctx");
        fc.finish();
        let mut proto = fc.proto;
        proto.name = self.funcs[f as usize].name.clone();
        proto.wrapper = false;
        self.funcs[f as usize] = proto;
        f
    }

    /// Go's package initialisation order (go/types' dependency order as
    /// cmd/link's inittask sorts it since Go 1.21): repeatedly the first
    /// package, by import path, whose imports are all initialised. A cycle
    /// (possible only between the prelude's core and rest files) is broken
    /// by taking the first remaining package.
    fn package_init_order(&self) -> Vec<usize> {
        let n = self.pkgs.len();
        let mut deps: Vec<Vec<usize>> = vec![Vec::new(); n];
        for f in &self.files {
            for imp in &f.imports {
                if imp.pkg != f.pkg && !deps[f.pkg].contains(&imp.pkg) {
                    deps[f.pkg].push(imp.pkg);
                }
            }
        }
        let mut by_path: Vec<usize> = (0..n).collect();
        by_path.sort_by(|&a, &b| self.pkgs[a].path.cmp(&self.pkgs[b].path));
        // runtime first: every package depends on it.
        if let Some(i) = by_path.iter().position(|&p| self.pkgs[p].path == "runtime") {
            let r = by_path.remove(i);
            by_path.insert(0, r);
        }
        let mut done = vec![false; n];
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            let next = by_path.iter().copied().find(|&p| !done[p] && deps[p].iter().all(|&d| done[d]));
            let p = next.or_else(|| by_path.iter().copied().find(|&p| !done[p])).expect("a package left");
            done[p] = true;
            out.push(p);
        }
        out
    }

    /// `pkg.init`: package `p`'s variable initialisers, in order.
    fn build_var_init(&mut self, p: usize, vars: &[ObjId]) -> u32 {
        let f = self.begin_synthetic(&format!("{}.init", self.pkgs[p].sym));
        for &id in vars {
            let ObjKind::Var { spec, idx, global } = self.objs[id.0 as usize].kind else { continue };
            self.ctx = self.obj_ctx(id);
            let ty = self.objs[id.0 as usize].ty;
            if spec.values.len() == spec.names.len() {
                let e = &spec.values[idx];
                let mark = self.fc().next;
                let r = self.value(e, ty, "variable declaration");
                self.emit(Op::StoreGlobal { g: global, src: r }, e.span);
                self.fc().next = mark;
            } else if spec.values.len() == 1 && idx == 0 {
                // `var a, b = f()` and the comma-ok forms.
                let e = &spec.values[0];
                let (base, ts) = self.multi_rhs(e, spec.names.len());
                for (k, &vt) in ts.iter().enumerate().take(spec.names.len()) {
                    let obj = &self.objs[id.0 as usize + k];
                    if let ObjKind::Var { global, .. } = obj.kind {
                        let t = obj.ty;
                        let (r, _) = self.multi_value(e, k, base + k as u16, vt, Some(t), "multiple assignment");
                        self.emit(Op::StoreGlobal { g: global, src: r }, e.span);
                    }
                }
            }
            // A variable without initialiser needs no code: the VM makes
            // every package variable's zero value before init runs (and
            // storing a second zero would write every byte of a big
            // array, which the OS otherwise backs only where it is used).
        }
        self.emit(Op::Return, Span::default());
        self.end_synthetic(f)
    }

    /// The package variables to initialise: all of the main package's, and
    /// those of the standard library that some code names (syntactically,
    /// through the initialisers of needed variables): nothing can observe
    /// the others, and `unicode` declares hundreds of range tables.
    fn needed_vars(&mut self) -> types::FastSet<ObjId> {
        use types::FastSet as HashSet;
        let main = self.pkgs.iter().position(|p| p.path == "main");
        // (package, name) pairs some expression names.
        let mut named: HashSet<(usize, &'a str)> = HashSet::default();
        let mut inits: Vec<(ObjId, usize, &'a str)> = Vec::new();
        let mut always: Vec<ObjId> = Vec::new();
        for fi in 0..self.files.len() {
            let (ast, pkg) = (self.files[fi].ast, self.files[fi].pkg);
            let imports: Vec<(&'a str, usize)> = self.files[fi].imports.iter().map(|i| (i.name, i.pkg)).collect();
            let mut names: Vec<(usize, &'a str)> = Vec::new();
            let mut visit = |e: &'a Expr<'a>| match &e.kind {
                ExprKind::Ident(n) => names.push((pkg, n)),
                ExprKind::Selector(x, sel) => {
                    if let ExprKind::Ident(q) = x.kind {
                        if let Some(&(_, p)) = imports.iter().find(|i| i.0 == q) {
                            names.push((p, sel.name));
                        }
                    }
                }
                _ => {}
            };
            for d in ast.decls.iter() {
                match d {
                    Decl::Func(fd) => crate::walk::func_decl(fd, &mut visit),
                    Decl::Gen(g) => {
                        for sp in g.specs.iter() {
                            match sp {
                                Spec::Type(ts) => crate::walk::type_spec(ts, &mut visit),
                                Spec::Value(v)
                                    if g.kind == GenKind::Var
                                        && Some(pkg) != main
                                        && !self.pkgs[pkg].local
                                        && v.values.iter().all(|x| self.static_init(pkg, x, &mut Vec::new())) =>
                                {
                                    // A library variable's initialiser counts
                                    // only if the variable is needed.
                                    if let Some(t) = v.typ {
                                        crate::walk::expr(t, &mut visit);
                                    }
                                    for n in v.names.iter() {
                                        if let Some(&id) = self.pkgs[pkg].scope.get(n.name) {
                                            inits.push((id, pkg, n.name));
                                        }
                                    }
                                }
                                Spec::Value(v) => {
                                    // Initialised in any case (main package,
                                    // or an initialiser with effects).
                                    if g.kind == GenKind::Var {
                                        always.extend(v.names.iter().filter_map(|n| self.pkgs[pkg].scope.get(n.name).copied()));
                                    }
                                    if let Some(t) = v.typ {
                                        crate::walk::expr(t, &mut visit);
                                    }
                                    for x in v.values.iter() {
                                        crate::walk::expr(x, &mut visit);
                                    }
                                }
                                Spec::Import(_) => {}
                            }
                        }
                    }
                }
            }
            named.extend(names);
        }
        let mut needed: HashSet<ObjId> = always.into_iter().collect();
        for (i, o) in self.objs.iter().enumerate() {
            if matches!(o.kind, ObjKind::Var { .. }) && (Some(o.pkg) == main || o.name == "_") {
                needed.insert(ObjId(i as u32));
            }
        }
        // Library variables named by needed code, to a fixpoint.
        loop {
            let mut grew = false;
            for &(id, pkg, name) in &inits {
                if needed.contains(&id) || !named.contains(&(pkg, name)) && name != "_" {
                    continue;
                }
                needed.insert(id);
                grew = true;
                let ObjKind::Var { spec, .. } = self.objs[id.0 as usize].kind else { continue };
                // One initialiser may set several variables.
                for &(other, _, _) in &inits {
                    if matches!(self.objs[other.0 as usize].kind, ObjKind::Var { spec: s2, .. } if std::ptr::eq(s2, spec)) {
                        needed.insert(other);
                    }
                }
                let file = self.objs[id.0 as usize].file;
                let imports: Vec<(&'a str, usize)> = self.files[file].imports.iter().map(|i| (i.name, i.pkg)).collect();
                for x in spec.values.iter() {
                    crate::walk::expr(x, &mut |e: &'a Expr<'a>| match &e.kind {
                        ExprKind::Ident(n) => {
                            named.insert((pkg, n));
                        }
                        ExprKind::Selector(q, sel) => {
                            if let ExprKind::Ident(q) = q.kind {
                                if let Some(&(_, p)) = imports.iter().find(|i| i.0 == q) {
                                    named.insert((p, sel.name));
                                }
                            }
                        }
                        _ => {}
                    });
                }
            }
            if !grew {
                break;
            }
        }
        needed
    }

    /// Whether evaluating library initialiser `e` (of package `pkg`) can
    /// only allocate: it calls nothing but conversions, side-effect-free
    /// builtins and functions of `pkg` that do the same and assign no
    /// package variable. Such a variable need not be initialised when no
    /// code names it (as Go's linker drops unreachable static data).
    fn static_init(&self, pkg: usize, e: &'a Expr<'a>, seen: &mut Vec<&'a str>) -> bool {
        let mut calls: Vec<&'a Expr<'a>> = Vec::new();
        let mut effect = false;
        crate::walk::expr(e, &mut |x: &'a Expr<'a>| match &x.kind {
            ExprKind::Call { fun, .. } => calls.push(fun),
            ExprKind::Unary(UnaryOp::Recv, _) | ExprKind::FuncLit { .. } => effect = true,
            _ => {}
        });
        !effect && calls.into_iter().all(|f| self.static_callee(pkg, f, seen))
    }

    fn static_callee(&self, pkg: usize, f: &'a Expr<'a>, seen: &mut Vec<&'a str>) -> bool {
        let name = match &f.kind {
            ExprKind::Paren(x) => return self.static_callee(pkg, x, seen),
            ExprKind::Ident(n) => *n,
            _ => return false,
        };
        let Some(&id) = self.pkgs[pkg].scope.get(name).or_else(|| self.universe.get(name)) else { return false };
        match &self.objs[id.0 as usize].kind {
            ObjKind::Type { .. } | ObjKind::BasicType(_) => true,
            ObjKind::Builtin(b) => matches!(
                b,
                Builtin::Make
                    | Builtin::Len
                    | Builtin::Cap
                    | Builtin::New
                    | Builtin::Append
                    | Builtin::Copy
                    | Builtin::Min
                    | Builtin::Max
                    | Builtin::Complex
                    | Builtin::Real
                    | Builtin::Imag
            ),
            ObjKind::Func { decl } if decl.type_params.is_empty() && decl.recv.is_none() => {
                let Some(body) = decl.body else { return false };
                if seen.contains(&name) {
                    return true;
                }
                seen.push(name);
                // No package variable assigned.
                let mut lhs = Vec::new();
                crate::walk::assigned(body, &mut lhs);
                let writes_global = lhs.iter().any(|x| {
                    let mut root = *x;
                    while let ExprKind::Index(b, _) | ExprKind::Selector(b, _) | ExprKind::Paren(b) | ExprKind::Star(b) = &root.kind {
                        root = b;
                    }
                    matches!(root.kind, ExprKind::Ident(n) if self.pkgs[pkg].scope.get(n).is_some_and(|o| matches!(self.objs[o.0 as usize].kind, ObjKind::Var { .. })))
                });
                if writes_global {
                    return false;
                }
                let mut calls: Vec<&'a Expr<'a>> = Vec::new();
                let mut effect = false;
                crate::walk::block(body, &mut |x: &'a Expr<'a>| match &x.kind {
                    ExprKind::Call { fun, .. } => calls.push(fun),
                    ExprKind::Unary(UnaryOp::Recv, _) | ExprKind::FuncLit { .. } => effect = true,
                    _ => {}
                });
                !effect && calls.into_iter().all(|c| self.static_callee(pkg, c, seen))
            }
            _ => false,
        }
    }

    /// The spec's package initialisation order: repeatedly the earliest
    /// variable in declaration order that depends on no uninitialised
    /// variable (go/types' initorder.go). A variable depends on the package
    /// variables its initialiser names, and on those that the functions and
    /// methods it refers to name, transitively. References are syntactic:
    /// a selector `x.M` counts as a reference to every method M of the
    /// package (a superset of go/types' precise one).
    ///
    /// An initialisation cycle of the main package is reported when it
    /// remains with the references by name alone (the selector superset
    /// could make a cycle Go does not see); other cycles are initialised in
    /// declaration order.
    fn init_order(&mut self) -> Vec<ObjId> {
        use std::collections::BTreeSet;
        use types::{FastMap as Map, FastSet as HashSet};
        let vars = self.var_inits.clone();
        // Names an expression or a function body refers to (identifiers and
        // selector names).
        fn names<'a>(visit: impl FnOnce(&mut dyn FnMut(&'a Expr<'a>))) -> (Vec<&'a str>, Vec<&'a str>) {
            let (mut ids, mut sels) = (Vec::new(), Vec::new());
            visit(&mut |e: &'a Expr<'a>| match &e.kind {
                ExprKind::Ident(n) => ids.push(*n),
                ExprKind::Selector(_, s) => sels.push(s.name),
                _ => {}
            });
            (ids, sels)
        }
        let methods = self.methods_by_name();
        // The variables a function (by its declaration) reaches.
        let mut reach: Map<*const FuncDecl<'a>, Vec<ObjId>> = Map::default();
        let mut deps: Map<ObjId, HashSet<ObjId>> = Map::default();
        // The same by names only, and selectors of a method name no other
        // method or struct field of the package has: certain dependencies.
        let no_methods = self.unique_methods(&methods);
        let mut reach_named: Map<*const FuncDecl<'a>, Vec<ObjId>> = Map::default();
        let mut sure: Map<ObjId, HashSet<ObjId>> = Map::default();
        let mut self_cycles: Vec<ObjId> = Vec::new();
        for &v in &vars {
            let ObjKind::Var { spec, idx, .. } = self.objs[v.0 as usize].kind else { continue };
            let pkg = self.objs[v.0 as usize].pkg;
            // `var c, d = 1, a`: each variable has its own initialiser.
            let values: &'a [Expr<'a>] = if spec.values.len() == spec.names.len() { &spec.values[idx..=idx] } else { spec.values };
            let (ids, sels) = names(|f| values.iter().for_each(|e| crate::walk::expr(e, f)));
            let mut d = HashSet::default();
            let mut funcs: Vec<&'a FuncDecl<'a>> = Vec::new();
            for n in ids {
                match self.pkgs[pkg].scope.get(n).map(|o| &self.objs[o.0 as usize].kind) {
                    Some(ObjKind::Var { .. }) => {
                        d.insert(self.pkgs[pkg].scope[n]);
                    }
                    Some(ObjKind::Func { decl }) => funcs.push(decl),
                    _ => {}
                }
            }
            let mut sd = d.clone();
            let sure_methods = sels.iter().flat_map(|n| no_methods.get(&(pkg, *n)).into_iter().flatten().copied());
            for f in funcs.iter().copied().chain(sure_methods) {
                sd.extend(self.func_reach(f, pkg, &no_methods, &mut reach_named));
            }
            // (A variable reaching itself through functions is a cycle.)
            if sd.remove(&v) {
                self_cycles.push(v);
            }
            sure.insert(v, sd);
            for n in sels {
                funcs.extend(methods.get(&(pkg, n)).into_iter().flatten().copied());
            }
            for f in funcs {
                d.extend(self.func_reach(f, pkg, &methods, &mut reach));
            }
            d.remove(&v);
            deps.insert(v, d);
        }
        // Kahn's algorithm, taking the ready variable declared first.
        let order: Map<ObjId, usize> = vars.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut waiting: Map<ObjId, usize> = Map::default();
        let mut users: Map<ObjId, Vec<ObjId>> = Map::default();
        for (&v, d) in &deps {
            let d: Vec<ObjId> = d.iter().copied().filter(|x| order.contains_key(x)).collect();
            waiting.insert(v, d.len());
            for x in d {
                users.entry(x).or_default().push(v);
            }
        }
        let mut ready: BTreeSet<usize> =
            vars.iter().enumerate().filter(|(_, v)| waiting.get(v).copied().unwrap_or(0) == 0).map(|(i, _)| i).collect();
        let mut out = Vec::with_capacity(vars.len());
        let mut done = HashSet::default();
        while let Some(i) = ready.pop_first() {
            let v = vars[i];
            if !done.insert(v) {
                continue;
            }
            out.push(v);
            for &u in users.get(&v).into_iter().flatten() {
                if let Some(w) = waiting.get_mut(&u) {
                    *w -= 1;
                    if *w == 0 {
                        ready.insert(order[&u]);
                    }
                }
            }
        }
        // Cycles: Go reports them. Those of the main package that remain
        // with the sure dependencies alone are reported here.
        let left: Vec<ObjId> = vars.iter().copied().filter(|v| !done.contains(v)).collect();
        let mut pending: Vec<ObjId> = left.iter().copied().filter(|v| self.pkgs[self.objs[v.0 as usize].pkg].path == "main").collect();
        let mut self_cycles: Vec<ObjId> =
            self_cycles.into_iter().filter(|v| self.pkgs[self.objs[v.0 as usize].pkg].path == "main").collect();
        // Each cycle once, from its variable declared first; reporting one
        // breaks it (as removing the node from types2's queue does), and the
        // variables still waiting on others make the next cycle.
        loop {
            loop {
                let before = pending.len();
                let snapshot = pending.clone();
                pending.retain(|v| sure.get(v).is_some_and(|d| d.iter().any(|x| snapshot.contains(x))));
                if pending.len() == before {
                    break;
                }
            }
            let Some(&v) = pending.iter().chain(self_cycles.iter()).min_by_key(|v| order[v]) else { break };
            let o = &self.objs[v.0 as usize];
            let (file, span, name) = (o.file, o.span, o.name);
            let path = self.init_cycle_path(v, &no_methods);
            if self.objs[v.0 as usize].state == State::Done && self.objs[v.0 as usize].ty != TypeId::VOID {
                let msg = self.cycle_text(name, &path);
                self.error_in(file, span, msg);
            }
            let on_path =
                |x: &ObjId| *x == v || path.iter().any(|p| (p.0, p.1) == (self.objs[x.0 as usize].file, self.objs[x.0 as usize].span));
            pending.retain(|x| !on_path(x));
            self_cycles.retain(|x| !on_path(x));
        }
        out.extend(left);
        out
    }

    /// The methods of each package by name.
    fn methods_by_name(&self) -> types::FastMap<(usize, &'a str), Vec<&'a FuncDecl<'a>>> {
        let mut methods: types::FastMap<(usize, &'a str), Vec<&'a FuncDecl<'a>>> = Default::default();
        for (&(pkg, _), ms) in &self.methods_of {
            for &(d, _) in ms {
                methods.entry((pkg, d.name.name)).or_default().push(d);
            }
        }
        methods
    }

    /// `initialization cycle for v` with the path types2 prints, for a
    /// variable whose initialiser needs its own type.
    fn init_cycle_message(&self, v: ObjId) -> String {
        let uniq = self.unique_methods(&self.methods_by_name());
        let path = self.init_cycle_path(v, &uniq);
        self.cycle_text(self.objs[v.0 as usize].name, &path)
    }

    /// The message of a cycle through `path` (from its first object).
    fn cycle_text(&self, name: &str, path: &[(usize, Span, &'a str)]) -> String {
        // types2's reportCycle: a more concise error for self references.
        if path.len() == 1 {
            return format!("initialization cycle: {name} refers to itself");
        }
        let mut msg = format!("initialization cycle for {name}");
        for (k, &(from_file, from_span, from)) in path.iter().enumerate() {
            let to = path.get(k + 1).map_or(name, |p| p.2);
            let at = self.files[from_file].map.position(from_span.lo);
            msg.push_str(&format!("\n\t{at}: {from} refers to {to}"));
        }
        msg
    }

    /// The methods of each package whose name is that of no other method
    /// and no struct field of the package: a selector with that name can
    /// only mean that method.
    fn unique_methods(
        &self,
        methods: &types::FastMap<(usize, &'a str), Vec<&'a FuncDecl<'a>>>,
    ) -> types::FastMap<(usize, &'a str), Vec<&'a FuncDecl<'a>>> {
        let mut fields: types::FastSet<(usize, &'a str)> = types::FastSet::default();
        for f in &self.files {
            for d in f.ast.decls.iter() {
                let Decl::Gen(g) = d else { continue };
                for sp in g.specs.iter() {
                    let Spec::Type(ts) = sp else { continue };
                    crate::walk::expr(ts.typ, &mut |e: &'a Expr<'a>| {
                        if let ExprKind::StructType { fields: fs } = &e.kind {
                            for fl in fs.iter() {
                                for n in fl.names.iter() {
                                    fields.insert((f.pkg, n.name));
                                }
                                if let Some(n) = embedded_name(fl.typ).filter(|_| fl.names.is_empty()) {
                                    fields.insert((f.pkg, n));
                                }
                            }
                        }
                    });
                }
            }
        }
        methods.iter().filter(|(k, ms)| ms.len() == 1 && !fields.contains(k)).map(|(k, ms)| (*k, ms.clone())).collect()
    }

    /// The path of an initialisation cycle through `v`, as types2's
    /// findPath walks it: depth-first over the objects each one refers to
    /// (variables, functions, methods) in declaration order. Each entry is
    /// an object of the cycle (its file, name position, name), from `v`.
    fn init_cycle_path(&self, v: ObjId, methods: &types::FastMap<(usize, &'a str), Vec<&'a FuncDecl<'a>>>) -> Vec<(usize, Span, &'a str)> {
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        enum Node<'a> {
            Var(ObjId),
            Func(*const FuncDecl<'a>),
        }
        let pkg = self.objs[v.0 as usize].pkg;
        let mut decl_file: types::FastMap<*const FuncDecl<'a>, (usize, &'a FuncDecl<'a>)> = Default::default();
        for o in &self.objs {
            if let ObjKind::Func { decl } = o.kind {
                decl_file.insert(decl as *const _, (o.file, decl));
            }
        }
        for (&(p, _), ms) in &self.methods_of {
            if p == pkg {
                for &(d, f) in ms {
                    decl_file.insert(d as *const _, (f, d));
                }
            }
        }
        let info = |n: Node<'a>| -> (usize, Span, &'a str) {
            match n {
                Node::Var(o) => (self.objs[o.0 as usize].file, self.objs[o.0 as usize].span, self.objs[o.0 as usize].name),
                Node::Func(d) => {
                    let (f, d) = decl_file[&d];
                    (f, d.name.span, d.name.name)
                }
            }
        };
        let deps = |n: Node<'a>| -> Vec<Node<'a>> {
            let mut out = Vec::new();
            let mut visit = |e: &'a Expr<'a>| match &e.kind {
                ExprKind::Ident(name) => match self.pkgs[pkg].scope.get(*name).map(|&o| (o, &self.objs[o.0 as usize].kind)) {
                    Some((o, ObjKind::Var { .. } | ObjKind::Const { .. })) => out.push(Node::Var(o)),
                    Some((_, ObjKind::Func { decl })) => out.push(Node::Func(*decl as *const _)),
                    _ => {}
                },
                ExprKind::Selector(_, sel) => {
                    out.extend(methods.get(&(pkg, sel.name)).into_iter().flatten().map(|&d| Node::Func(d as *const _)))
                }
                _ => {}
            };
            match n {
                Node::Var(o) => {
                    if let ObjKind::Var { spec, idx, .. } = self.objs[o.0 as usize].kind {
                        let values: &'a [Expr<'a>] =
                            if spec.values.len() == spec.names.len() { &spec.values[idx..=idx] } else { spec.values };
                        values.iter().for_each(|e| crate::walk::expr(e, &mut visit));
                    }
                    if let ObjKind::Const { value: Some(e), .. } = self.objs[o.0 as usize].kind {
                        crate::walk::expr(e, &mut visit);
                    }
                }
                Node::Func(d) => {
                    if let Some(body) = decl_file.get(&d).and_then(|(_, d)| d.body) {
                        crate::walk::block(body, &mut visit);
                    }
                }
            }
            out.retain(|d| !matches!(d, Node::Func(p) if !decl_file.contains_key(p)));
            out.sort_by_key(|&d| {
                let (f, sp, _) = info(d);
                (f, sp.lo)
            });
            out.dedup();
            out
        };
        // Iterative depth-first search for a path from v back to v.
        let start = Node::Var(v);
        let mut seen = types::FastSet::default();
        seen.insert(start);
        let mut stack: Vec<(Node<'a>, Vec<Node<'a>>, usize)> = vec![(start, deps(start), 0)];
        while let Some((_, ds, k)) = stack.last_mut() {
            let Some(&d) = ds.get(*k) else {
                stack.pop();
                continue;
            };
            *k += 1;
            if d == start {
                return stack.iter().map(|(n, _, _)| info(*n)).collect();
            }
            if seen.insert(d) {
                let dd = deps(d);
                stack.push((d, dd, 0));
            }
        }
        vec![info(start)]
    }

    /// The package variables function `f` (of package `pkg`) refers to,
    /// directly or through the functions and methods it refers to.
    fn func_reach(
        &self,
        f: &'a FuncDecl<'a>,
        pkg: usize,
        methods: &types::FastMap<(usize, &'a str), Vec<&'a FuncDecl<'a>>>,
        reach: &mut types::FastMap<*const FuncDecl<'a>, Vec<ObjId>>,
    ) -> Vec<ObjId> {
        let mut stack = vec![f];
        let mut seen = types::FastSet::default();
        let mut out = Vec::new();
        while let Some(f) = stack.pop() {
            if !seen.insert(f as *const FuncDecl<'a>) {
                continue;
            }
            if let Some(r) = reach.get(&(f as *const _)) {
                out.extend(r.iter().copied());
                continue;
            }
            let Some(body) = f.body else { continue };
            let mut ids = Vec::new();
            let mut sels = Vec::new();
            crate::walk::block(body, &mut |e: &'a Expr<'a>| match &e.kind {
                ExprKind::Ident(n) => ids.push(*n),
                ExprKind::Selector(_, s) => sels.push(s.name),
                _ => {}
            });
            for n in ids {
                match self.pkgs[pkg].scope.get(n).map(|&o| (o, &self.objs[o.0 as usize].kind)) {
                    Some((o, ObjKind::Var { .. })) => out.push(o),
                    Some((_, ObjKind::Func { decl })) => stack.push(decl),
                    _ => {}
                }
            }
            for n in sels {
                stack.extend(methods.get(&(pkg, n)).into_iter().flatten().copied());
            }
        }
        reach.insert(f as *const _, out.clone());
        out
    }
}

/// `*T` or `(*T)` as a receiver type.
/// How many generic function instances may descend from one another (an
/// instance created while compiling another's body) before the chain is
/// taken for an instantiation cycle.
const MAX_INSTANCE_CHAIN: u32 = 200;

fn is_pointer_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Star(_) => true,
        ExprKind::Paren(x) => is_pointer_recv(x),
        _ => false,
    }
}

/// The base type name of a receiver type (`*T[K]` → `T`).
pub(crate) fn recv_base_name<'a>(e: &'a Expr<'a>) -> Option<&'a str> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n),
        ExprKind::Star(x) | ExprKind::Paren(x) => recv_base_name(x),
        ExprKind::Index(x, _) => recv_base_name(x),
        _ => None,
    }
}

/// Whether the comment lines directly above the declaration at byte `lo`
/// (its doc comment and directives) include `directive`.
pub(crate) fn directive_before(src: &str, lo: usize, directive: &str) -> bool {
    let line_start = src[..lo.min(src.len())].rfind('\n').map_or(0, |i| i + 1);
    src[..line_start]
        .lines()
        .rev()
        .take_while(|l| l.starts_with("//"))
        .any(|l| l.trim_end() == directive || l.starts_with(&format!("{directive} ")))
}

/// The receiver type without its one permitted `*` (and parentheses):
/// `(p *T)` and `(p (*T))` give `T`; `(p **T)` gives `*T`, which is no
/// valid base (types2's "invalid receiver type **T").
fn strip_recv_star<'a>(e: &'a Expr<'a>) -> &'a Expr<'a> {
    match &e.kind {
        ExprKind::Paren(x) => strip_recv_star(x),
        ExprKind::Star(x) => x,
        _ => e,
    }
}

pub(crate) fn recv_type_params<'a>(e: &'a Expr<'a>) -> Vec<&'a str> {
    match &e.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => recv_type_params(x),
        ExprKind::Index(_, args) => args.iter().filter_map(|a| if let ExprKind::Ident(n) = &a.kind { Some(*n) } else { None }).collect(),
        _ => vec![],
    }
}

/// The field name of an embedded field (`*pkg.T[X]` → `T`).
pub(crate) fn embedded_name<'a>(e: &'a Expr<'a>) -> Option<&'a str> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, s) => Some(s.name),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => None,
    }
}

/// The largest array gostack builds: its elements are materialised (one
/// `Value` each, or one byte for byte/bool arrays), so a larger array could
/// exhaust the host's memory before `--max-heap` is consulted.
///
/// Divergence: Go accepts any array that fits the address space; a larger
/// one here is `arrays of more than 268435456 elements are not supported yet`.
const MAX_ARRAY_ELEMS: u64 = 1 << 28;

/// How deeply type arguments may nest before a generic's instantiation
/// counts as unbounded (`Compiler::instance_cycle`).
const MAX_INSTANCE_DEPTH: u32 = 1000;
