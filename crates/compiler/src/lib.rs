//! AST → bytecode: type checking and code generation in one pass per
//! function, over the program's package and the standard library subset
//! (Go sources under `stdlib/`, whose body-less functions are natives).
//!
//! Divergence: the checker and the code generator share one pass (the
//! "checked program" stage is the typed operands flowing through
//! [`expr`]); generic code is monomorphised per instantiation.
//!
//! Divergence: the common errors use gc's words and positions; less common
//! ones are missing or worded differently (docs/divergences.md "Type
//! checker messages").
//!
//! ```no_run
//! let prog = compiler::compile("prog.go", "package main\nfunc main() { println(1) }\n").unwrap();
//! assert!(prog.funcs.len() > 1);
//! ```

mod branches;
mod call;
mod constant;
mod decls;
mod escape;
mod expr;
mod func;
mod generics;
mod imports;
mod inline;
mod order;
mod peephole;
mod stmt;
#[cfg(test)]
mod tests;
mod walk;

use std::collections::VecDeque;

use types::{FastMap as HashMap, FastSet as HashSet};

use bytecode::{Const, FuncProto, Program};
use syntax::ast::*;
use syntax::{Diagnostic, SourceMap};
use types::{Kind, TypeId, TypeTable};

pub use constant::ConstVal;

include!(concat!(env!("OUT_DIR"), "/stdlib_sources.rs"));

/// A compile error, rendered as gc prints it: `file:line:col: message`
/// (`file` as given to [`compile`], or a `$GOROOT/src/...` path).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{rendered}")]
pub struct CompileError {
    pub rendered: String,
    /// Where it was found, to sort errors in source order: the index of the
    /// file (`usize::MAX` for syntax errors) and the byte offset in it.
    file: usize,
    offset: u32,
}

/// Code generation switches.
#[derive(Clone, Debug)]
pub struct Options {
    /// Run the peephole pass over the finished bytecode (`peephole.rs`). On
    /// by default; `GOSTACK_NO_PEEPHOLE` set in the environment turns it off
    /// (to bisect a suspected bug), as does a differential test.
    pub peephole: bool,
    /// Before every statement of the program's own code, call the native
    /// `runtime.debugProbe` with the statement's number and every variable
    /// in scope (as `fmt.Printf("%#v")` arguments): the debug-info checker
    /// compares what it logs with what the debugger shows at the same
    /// statement (crates/cli/tests/debug_info.rs).
    pub debug_probes: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { peephole: std::env::var_os("GOSTACK_NO_PEEPHOLE").is_none(), debug_probes: false }
    }
}

/// Compiles a `package main` program. On failure returns its first errors
/// (at most 10, as gc), the main package's first.
pub fn compile(name: &str, src: &str) -> Result<Program, Vec<CompileError>> {
    compile_with(name, src, &Options::default())
}

/// [`compile`] with explicit [`Options`].
pub fn compile_with(name: &str, src: &str, opts: &Options) -> Result<Program, Vec<CompileError>> {
    let path = absolute(name);
    compile_files(&[Source { name, path: &path, src }], opts)
}

/// One file of the program's package.
#[derive(Clone, Copy, Debug)]
pub struct Source<'s> {
    /// The name diagnostics print (`./prog.go`, `sub/util.go`: what gc
    /// prints after the go command shortened it; a name without a `/` gets
    /// `./` in positions inside messages).
    pub name: &'s str,
    /// The name tracebacks print: the file's absolute path.
    pub path: &'s str,
    pub src: &'s str,
}

/// Compiles a `package main` program made of several files (as `go build
/// a.go b.go` or a folder does): one package, declarations shared, imports
/// per file. Errors are sorted by file, in the order given, then position.
pub fn compile_files(sources: &[Source<'_>], opts: &Options) -> Result<Program, Vec<CompileError>> {
    compile_program(sources, &[], opts)
}

/// A package of the program's own (a module's folder, a package under
/// test): importable by its import path, checked with the rules of the
/// program's code (unused imports, exported names, no natives).
#[derive(Clone, Debug)]
pub struct LocalPackage<'s> {
    /// Its import path (`example.com/m/util`).
    pub path: String,
    pub files: Vec<Source<'s>>,
}

/// [`compile_files`] with the local packages the program's files may
/// import (and import each other) besides the standard library. An import
/// cycle among them is an error in the go command's words.
pub fn compile_program(sources: &[Source<'_>], locals: &[LocalPackage<'_>], opts: &Options) -> Result<Program, Vec<CompileError>> {
    compile_module(sources, "command-line-arguments", locals, opts)
}

/// [`compile_program`] for a main package with import path `main_path`
/// (the go.mod's module path and folder), which import-cycle messages name.
pub fn compile_module(
    sources: &[Source<'_>],
    main_path: &str,
    locals: &[LocalPackage<'_>],
    opts: &Options,
) -> Result<Program, Vec<CompileError>> {
    let arena = bumpalo::Bump::new();
    let mut c = Compiler::new(&arena);
    c.main_path = main_path.to_string();
    c.debug_probes = opts.debug_probes;
    for l in locals {
        let files = l.files.iter().map(|f| (&*arena.alloc_str(f.name), &*arena.alloc_str(f.path), &*arena.alloc_str(f.src))).collect();
        c.locals.push((l.path.clone(), files));
    }
    c.run(sources, opts)
}

/// A local package's file: (name for messages, absolute path, text).
pub(crate) type LocalFile<'a> = (&'a str, &'a str, &'a str);

pub(crate) struct SourceFile<'a> {
    pub map: SourceMap,
    pub src: &'a str,
    pub ast: &'a File<'a>,
    pub pkg: usize,
    pub imports: Vec<Import<'a>>,
    /// The absolute path tracebacks print, for the files of local packages.
    pub abs: Option<&'a str>,
}

/// One import declaration of a file.
pub(crate) struct Import<'a> {
    /// The name the file refers to the package by (`_` for a blank import).
    pub name: &'a str,
    /// The package's index in `Compiler::pkgs`.
    pub pkg: usize,
    /// Whether the file uses it (stdlib files and blank imports count as
    /// using theirs: only the program gets "imported and not used").
    pub used: bool,
    /// The import path's span, and the explicit name's if there is one.
    pub path_span: Span,
    pub alias_span: Option<Span>,
}

pub(crate) struct Package {
    pub path: String,
    /// Name used in qualified identifiers (`main`, `strings`, `utf8`).
    pub name: String,
    pub scope: HashMap<String, ObjId>,
    /// Whether the rest of a stdlib package (`P.more.go`) has been loaded.
    pub more: bool,
    /// Whether it is the program's own code (package main or a local
    /// package), checked with Go's rules in full, rather than the stdlib.
    pub local: bool,
    /// The prefix of its symbols (function names in tracebacks): `main`
    /// for package main (`main.f`), the import path for every other
    /// package (`container/heap.Init`, `example.com/m/util.F`), as gc's.
    pub sym: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // Package unsafe's functions (imports.rs: `unsafe_package`).
    Sizeof,
    Alignof,
    Offsetof,
    UnsafeAdd,
    UnsafeSlice,
    UnsafeSliceData,
    UnsafeString,
    UnsafeStringData,
}

pub(crate) enum ObjKind<'a> {
    Const { typ: Option<&'a Expr<'a>>, value: Option<&'a Expr<'a>>, iota: u32 },
    Var { spec: &'a ValueSpec<'a>, idx: usize, global: u32 },
    Type { spec: &'a TypeSpec<'a> },
    Func { decl: &'a FuncDecl<'a> },
    Builtin(Builtin),
    BasicType(TypeId),
    UniverseConst(TypeId, ConstVal),
    Nil,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    Unresolved,
    InProgress,
    Done,
}

pub(crate) struct Obj<'a> {
    pub kind: ObjKind<'a>,
    pub pkg: usize,
    pub file: usize,
    pub name: &'a str,
    pub span: Span,
    pub state: State,
    pub ty: TypeId,
    pub cval: Option<ConstVal>,
    /// Function index (or NATIVE_BIT | native) for funcs.
    pub func: u32,
    pub used: bool,
}

pub const NATIVE_BIT: u32 = 0x8000_0000;

/// A function body waiting to be compiled.
pub(crate) struct Job<'a> {
    pub func: u32,
    pub decl: &'a FuncDecl<'a>,
    pub pkg: usize,
    pub file: usize,
    pub subst: HashMap<&'a str, TypeId>,
    /// The receiver's named type (for methods).
    pub recv: Option<TypeId>,
}

/// A type defined in the body of a generic function or method instance.
pub(crate) struct ImplicitLocal<'a> {
    /// `Compiler::job_generic` where it was declared.
    pub generic: usize,
    pub name: &'a str,
    pub span: syntax::Span,
    pub file: usize,
}

/// Where name resolution happens: package, file and type substitutions.
#[derive(Clone, Default)]
pub(crate) struct Ctx<'a> {
    pub pkg: usize,
    pub file: usize,
    pub subst: HashMap<&'a str, TypeId>,
}

pub(crate) struct Compiler<'a> {
    pub arena: &'a bumpalo::Bump,
    /// The span of the `make` call that is the spread argument of the
    /// `append` being lowered (`append(s, make([]T, n)...)`), while it is.
    pub append_of_make: Option<syntax::Span>,
    /// Where the generic function being instantiated is: the spans of its
    /// written type arguments and of the function (for inferred ones),
    /// for the step line of an instantiation cycle.
    pub inst_site: Option<(Vec<syntax::Span>, syntax::Span)>,
    /// gc's number of each type defined inside a function of the
    /// program's own packages, by its spec's address (`types::NamedInfo`'s
    /// `vargen`; see `number_local_types`).
    pub local_type_gen: HashMap<usize, u32>,
    /// The type arguments of the generic instance whose body is being
    /// compiled (`func::job_type_args`), empty for other functions.
    pub job_targs: Vec<TypeId>,
    /// The generic (its FuncDecl's address, or for a method its receiver
    /// type's TypeSpec's) of the instance being compiled, if any.
    pub job_generic: Option<usize>,
    /// The types defined in generic instances' bodies, each with its
    /// generic (`Compiler::implicit_instance_cycle`).
    pub implicitly_parameterized: HashMap<TypeId, ImplicitLocal<'a>>,
    /// `Options::debug_probes`.
    pub debug_probes: bool,
    pub tt: TypeTable,
    pub funcs: Vec<FuncProto>,
    pub consts: Vec<Const>,
    const_index: HashMap<ConstKey, u32>,
    pub natives: Vec<String>,
    native_index: HashMap<String, u16>,
    pub files: Vec<SourceFile<'a>>,
    pub pkgs: Vec<Package>,
    pub objs: Vec<Obj<'a>>,
    pub universe: HashMap<&'static str, ObjId>,
    pub globals: Vec<TypeId>,
    pub diags: Vec<CompileError>,
    /// Whether an import could not be loaded (compilation stops after
    /// loading, like `go build`).
    pub import_failed: bool,
    /// The parts of stdlib packages loaded so far (`load_parts`): package and index.
    pub loaded_parts: HashSet<(usize, usize)>,
    pub queue: VecDeque<Job<'a>>,
    /// The standard library's declared functions, by index, whose bodies
    /// wait until compiled code reaches them (`compile_reached`).
    pub unreached: HashMap<u32, Job<'a>>,
    /// Declared functions gc inlines (`inline.rs`), by address.
    pub gc_inlines: HashSet<usize>,
    pub ctx: Ctx<'a>,
    /// Method declarations by (package, receiver base type name).
    pub methods_of: HashMap<(usize, &'a str), Vec<(&'a FuncDecl<'a>, usize)>>,
    /// Instantiated generic functions and types.
    pub func_instances: HashMap<(usize, Vec<TypeId>), u32>,
    pub type_instances: HashMap<(usize, Vec<TypeId>), TypeId>,
    /// What `instantiate_type` adds to the key of the instance it is
    /// making (a local generic type's outer type arguments), taken by
    /// `new_named_type`.
    pub instance_key_extra: Vec<TypeId>,
    /// The generic types declared inside functions (their specs), each
    /// with the type arguments of the generic function around it, as the
    /// body being compiled has them (sorted by name).
    pub local_generics: HashMap<usize, Vec<(&'a str, TypeId)>>,
    /// An instantiation cycle of the generic type declarations, not yet
    /// reported (`generics::find_type_instance_cycle`).
    pub pending_type_cycle: Option<crate::generics::PendingCycle>,
    /// How deeply each generic type instance nests instances inside its
    /// type arguments (`decls::targ_depth`), and whether an unbounded
    /// instantiation was reported (then no more instances are made).
    pub instance_depth: HashMap<TypeId, u32>,
    pub instance_cycle: bool,
    /// The generic function instances whose signatures are being computed
    /// (`decls::instantiate_func`): a signature may mention its own
    /// function (`func F[T any](_ [unsafe.Sizeof(F[int])]T)`).
    pub sig_instances: Vec<(usize, Vec<TypeId>)>,
    /// Instantiations in progress (one declaring its fields can start
    /// another).
    pub instantiating: u32,
    /// The generic type instantiations whose type arguments are being
    /// checked against their constraints, innermost last: a constraint
    /// that mentions its own type (`type N[B N[B]] interface{...}`)
    /// instantiates it again while it is checked (see
    /// `instantiate_type_checked`).
    pub verifying: Vec<(*const TypeSpec<'a>, Vec<TypeId>)>,
    /// While the package-level declarations are resolved: the generic type
    /// instantiations met on the way, checked against their constraints
    /// once every declaration (and method) is known, as types2's
    /// `check.later` does (`type X int; func (X) M() T[X]` with
    /// `type T[U interface{ M() T[U] }] int` needs X's methods).
    pub later_verify: Option<Vec<generics::LaterVerify<'a>>>,
    /// The function being compiled off the queue, and for each generic
    /// function instance how many instances it descends from (the instance
    /// whose body instantiated it, and so on): an instantiation cycle
    /// (`Nest[A]` calling `Nest[Box[A]]`) makes the chain grow forever.
    pub compiling: Option<u32>,
    pub inst_depth: HashMap<u32, u32>,
    /// Each declared named type: the type its declaration names (before
    /// taking its underlying type, so `type A B` maps A to B), its file
    /// and the span of its name. For the recursive-type check (decls.rs).
    pub named_decls: HashMap<TypeId, (TypeId, usize, Span)>,
    /// Where each instance of a generic type was first written (file,
    /// offset): types2 gives an instance that position (an invalid
    /// recursive type's step lines name it).
    pub instance_sites: HashMap<TypeId, (usize, u32)>,
    /// The size of each array type resolved so far (decls.rs).
    pub array_sizes: HashMap<TypeId, usize>,
    /// Named types already checked not to contain themselves.
    pub valid_types: types::FastSet<TypeId>,
    /// The package-level type declarations being resolved, innermost
    /// last (alias cycles are found on it).
    pub type_path: Vec<ObjId>,
    /// Package-level var initialisation order (object ids).
    pub var_inits: Vec<ObjId>,
    pub init_funcs: Vec<u32>,
    pub fstack: Vec<func::FnCtx<'a>>,
    /// Captures of the function literal compiled last.
    pub last_captures: Vec<func::Capture<'a>>,
    /// Names of the methods declared with a pointer receiver, in every
    /// package loaded so far (see `escape::scan`).
    pub ptr_method_names: types::FastSet<&'a str>,
    /// Methods whose receiver names a pointer alias (`func (p P) M()` with
    /// `type P = *T`): pointer methods of T (by the FuncDecl's address).
    pub ptr_alias_recvs: types::FastSet<usize>,
    /// Operand modes of index and selector expressions that are not
    /// variables (`value`, `map index expression`), by span, for messages.
    pub modes: HashMap<(usize, u32, u32), &'static str>,
    /// The `[` of each slice expression checked, by (file, span): types2
    /// reports an error about a slice expression operand there (the
    /// syntax package's position of a SliceExpr, which StartPos keeps).
    pub slice_lbracks: HashMap<(usize, u32, u32), u32>,
    /// The pointer type `*S` of each `unsafe.Pointer(p)` conversion, by
    /// (file, span), so that `(*T)(unsafe.Pointer(p))` with T not S can be
    /// refused: gostack's values are typed, memory is not reinterpreted.
    pub unsafe_sources: HashMap<(usize, u32, u32), TypeId>,
    /// The spans of the `x op y` expressions made for `x op= y`
    /// statements: messages print them as the statement (`s += 1`).
    pub op_assigns: types::FastSet<(u32, u32)>,
    /// The map index expression `m[k]` of the `m[k] op= v` or `m[k]++`
    /// being compiled (its address): its read is gc's mapassign.
    pub map_assign_read: Option<usize>,
    /// Array type expressions (file, offset) whose length was invalid
    /// (reported): their literals' indexes are not checked.
    pub bad_array_lens: types::FastSet<(usize, u32)>,
    /// Expressions evaluated ahead of their statement (the operands of an
    /// assignment's left side), with the operand [`Compiler::expr`] answers
    /// for them: see `bind_lvalue_operands`.
    pub(crate) bound: Vec<(*const Expr<'a>, expr::Opnd)>,
    /// The local packages by import path: (name, path, text) of each file.
    pub locals: Vec<(String, Vec<LocalFile<'a>>)>,
    /// The local packages being loaded, importer first, with the file that
    /// imports the next one (for `import cycle not allowed`).
    pub loading: Vec<(String, String)>,
    /// The main package's import path, for messages (`command-line-arguments`).
    pub main_path: String,
    /// The type parameters of the generic bodies being checked
    /// (`generics::check_generic_bodies`).
    pub fake_tparams: HashMap<TypeId, generics::FakeTParam>,
    /// While a generic body is checked: the generic functions and types it
    /// instantiates get no bodies compiled (their own check covers them; a
    /// body instantiating itself with a bigger argument would go on).
    pub checking_generic: bool,
    /// The generic function whose body is being checked, for the
    /// instantiation cycle of a body instantiating it again.
    pub checking_decl: Option<usize>,
    /// Declarations without a body where Go requires one: reported only
    /// when nothing else is (gc's backend finds them after type checking).
    pub missing_bodies: Vec<(usize, Span)>,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
    Complex(u64, u64),
}

impl<'a> Compiler<'a> {
    fn new(arena: &'a bumpalo::Bump) -> Compiler<'a> {
        let mut c = Compiler {
            arena,
            append_of_make: None,
            inst_site: None,
            local_type_gen: HashMap::default(),
            job_targs: Vec::new(),
            job_generic: None,
            implicitly_parameterized: HashMap::default(),
            debug_probes: false,
            tt: TypeTable::new(),
            funcs: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::default(),
            natives: Vec::new(),
            native_index: HashMap::default(),
            files: Vec::new(),
            pkgs: Vec::new(),
            objs: Vec::new(),
            universe: HashMap::default(),
            globals: Vec::new(),
            diags: Vec::new(),
            import_failed: false,
            loaded_parts: HashSet::default(),
            queue: VecDeque::new(),
            unreached: HashMap::default(),
            gc_inlines: HashSet::default(),
            ctx: Ctx::default(),
            methods_of: HashMap::default(),
            func_instances: HashMap::default(),
            type_instances: HashMap::default(),
            instance_key_extra: Vec::new(),
            local_generics: HashMap::default(),
            pending_type_cycle: None,
            instance_depth: HashMap::default(),
            instance_cycle: false,
            sig_instances: Vec::new(),
            instantiating: 0,
            verifying: Vec::new(),
            later_verify: None,
            compiling: None,
            inst_depth: HashMap::default(),
            named_decls: HashMap::default(),
            instance_sites: HashMap::default(),
            valid_types: types::FastSet::default(),
            type_path: Vec::new(),
            array_sizes: HashMap::default(),
            var_inits: Vec::new(),
            init_funcs: Vec::new(),
            fstack: Vec::new(),
            last_captures: Vec::new(),
            ptr_method_names: Default::default(),
            ptr_alias_recvs: Default::default(),
            modes: HashMap::default(),
            slice_lbracks: HashMap::default(),
            unsafe_sources: HashMap::default(),
            op_assigns: Default::default(),
            map_assign_read: None,
            bad_array_lens: Default::default(),
            bound: Vec::new(),
            locals: Vec::new(),
            loading: Vec::new(),
            main_path: "command-line-arguments".into(),
            fake_tparams: HashMap::default(),
            checking_generic: false,
            checking_decl: None,
            missing_bodies: Vec::new(),
        };
        c.init_universe();
        c
    }

    fn init_universe(&mut self) {
        let basics: &[(&'static str, TypeId)] = &[
            ("bool", TypeId::BOOL),
            ("int", TypeId::INT),
            ("int8", TypeId::INT8),
            ("int16", TypeId::INT16),
            ("int32", TypeId::INT32),
            ("rune", TypeId::RUNE),
            ("int64", TypeId::INT64),
            ("uint", TypeId::UINT),
            ("uint8", TypeId::UINT8),
            ("byte", TypeId::BYTE),
            ("uint16", TypeId::UINT16),
            ("uint32", TypeId::UINT32),
            ("uint64", TypeId::UINT64),
            ("uintptr", TypeId::UINTPTR),
            ("float32", TypeId::FLOAT32),
            ("float64", TypeId::FLOAT64),
            ("complex64", TypeId::COMPLEX64),
            ("complex128", TypeId::COMPLEX128),
            ("string", TypeId::STRING),
            ("error", TypeId::ERROR),
            ("any", TypeId::ANY_ALIAS),
        ];
        for &(n, t) in basics {
            self.add_universe(n, ObjKind::BasicType(t));
        }
        let cmp = self.tt.intern(Kind::Interface { methods: vec![], terms: vec![], comparable: true });
        self.add_universe("comparable", ObjKind::BasicType(cmp));
        self.add_universe("true", ObjKind::UniverseConst(TypeId::UNTYPED_BOOL, ConstVal::Bool(true)));
        self.add_universe("false", ObjKind::UniverseConst(TypeId::UNTYPED_BOOL, ConstVal::Bool(false)));
        self.add_universe("iota", ObjKind::UniverseConst(TypeId::UNTYPED_INT, ConstVal::Int(0)));
        self.add_universe("nil", ObjKind::Nil);
        use Builtin::*;
        for (n, b) in [
            ("append", Append),
            ("cap", Cap),
            ("clear", Clear),
            ("close", Close),
            ("complex", Complex),
            ("copy", Copy),
            ("delete", Delete),
            ("imag", Imag),
            ("len", Len),
            ("make", Make),
            ("max", Max),
            ("min", Min),
            ("new", New),
            ("panic", Panic),
            ("print", Print),
            ("println", Println),
            ("real", Real),
            ("recover", Recover),
        ] {
            self.add_universe(n, ObjKind::Builtin(b));
        }
    }

    fn add_universe(&mut self, name: &'static str, kind: ObjKind<'a>) {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(Obj {
            kind,
            pkg: usize::MAX,
            file: usize::MAX,
            name,
            span: Span::default(),
            state: State::Done,
            ty: TypeId::VOID,
            cval: None,
            func: 0,
            used: true,
        });
        self.universe.insert(name, id);
    }

    pub(crate) fn error(&mut self, span: Span, msg: impl Into<String>) {
        let file = self.ctx.file;
        self.error_in(file, span, msg);
    }

    pub(crate) fn error_in(&mut self, file: usize, span: Span, msg: impl Into<String>) {
        // After an instantiation cycle, what the cut-off instances caused
        // is no news (types2 reports only the cycle).
        if self.instance_cycle && !self.diags.is_empty() {
            return;
        }
        let span = match self.slice_lbracks.get(&(file, span.lo, span.hi)) {
            Some(&lb) => Span { lo: lb, hi: lb + 1 },
            None => span,
        };
        let f = &self.files[file];
        let d = Diagnostic::new(span, msg);
        let rendered = d.render(&f.map);
        if self.diags.iter().any(|e| e.file == file && e.offset == span.lo) {
            return;
        }
        self.diags.push(CompileError { rendered, file, offset: span.lo });
    }

    pub(crate) fn const_index(&mut self, c: Const) -> u32 {
        let key = match &c {
            Const::Int(i) => ConstKey::Int(*i),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Complex(a, b) => ConstKey::Complex(a.to_bits(), b.to_bits()),
        };
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_index.insert(key, i);
        i
    }

    pub(crate) fn native(&mut self, name: &str) -> u16 {
        if let Some(&i) = self.native_index.get(name) {
            return i;
        }
        let i = self.natives.len() as u16;
        self.natives.push(name.to_string());
        self.native_index.insert(name.to_string(), i);
        i
    }

    /// Loads a package (the program's or a stdlib one) from its files, and
    /// the packages they import.
    ///
    /// Divergence: a program is one package `main`, and it may import only
    /// the standard-library subset in `stdlib/` (docs/stdlib.md); any other
    /// import gets one error from [`imports::unavailable`] and compilation
    /// stops after loading, as `go build` does.
    fn load_package(&mut self, path: &str, sources: &[(&str, &'a str)]) -> Result<usize, ()> {
        self.load_package_as(path, sources, &[], path == "main")
    }

    /// [`Self::load_package`] with the files' absolute paths (local
    /// packages) and whether the package is the program's own code.
    fn load_package_as(&mut self, path: &str, sources: &[(&str, &'a str)], abs: &[&'a str], local: bool) -> Result<usize, ()> {
        let mut asts = Vec::with_capacity(sources.len());
        for &(name, src) in sources {
            if let Ok(f) = self.parse(name, src) {
                asts.push(f);
            }
        }
        if asts.len() < sources.len() || asts.is_empty() {
            return Err(());
        }
        let pkg = self.pkgs.len();
        let name = asts[0].package.name.to_string();
        // gc's symbol prefix is the import path (`container/heap.Init`,
        // `example.com/m/util.F`); package main's is `main`.
        let sym = if path != "main" { path.to_string() } else { name.clone() };
        self.pkgs.push(Package { path: path.to_string(), name, scope: HashMap::default(), more: false, local, sym });
        // Every file first, so the package's files are numbered together
        // (errors are sorted by file).
        let first = self.files.len();
        for (k, (&(name, src), ast)) in sources.iter().zip(&asts).enumerate() {
            self.files.push(SourceFile { map: SourceMap::new(name, src), src, ast, pkg, imports: Vec::new(), abs: abs.get(k).copied() });
        }
        for (k, ast) in asts.iter().enumerate() {
            let file = first + k;
            if ast.package.name != self.pkgs[pkg].name {
                // gc's words when handed files of two packages (the go
                // command refuses earlier: `found packages ...`).
                let msg = format!("package {}; expected package {}", ast.package.name, self.pkgs[pkg].name);
                self.error_in(file, ast.package.span, msg);
            }
            // (testing is loaded only for tests, never by hello-world's
            // chain: it takes the rest of os, for TempDir.)
            self.load_imports(path, file, local || path == "testing");
        }
        for k in 0..asts.len() {
            self.collect(pkg, first + k);
        }
        Ok(pkg)
    }

    fn parse(&mut self, name: &str, src: &'a str) -> Result<&'a File<'a>, ()> {
        // A stdlib file was parsed when gostack was built (build.rs): decode
        // its tree, the same one parse_file builds.
        if let Some(f) = stdlib_ast(src).and_then(|bytes| syntax::serial::decode(self.arena, src, bytes)) {
            return Ok(f);
        }
        match syntax::parse_file(self.arena, src) {
            Ok(f) => Ok(f),
            Err(errs) => {
                let map = SourceMap::new(name, src);
                for e in errs {
                    self.diags.push(CompileError { rendered: e.render(&map), file: usize::MAX, offset: e.span.lo });
                }
                Err(())
            }
        }
    }

    /// Loads the packages file `file` (of package `path`) imports, and
    /// records them as its imports; imports first, so their declarations
    /// exist. With `full`, an imported package's rest (`stdlib/P.more.go`)
    /// is loaded too: the program's files and the rest files ask for it, the
    /// packages every program loads (runtime, fmt, os, io, errors) do not,
    /// so hello-world compiles only what it needs.
    fn load_imports(&mut self, path: &str, file: usize, full: bool) {
        let ast = self.files[file].ast;
        for imp in ast.imports.iter() {
            let ipath = imp.path;
            if full && stdlib_source(path).is_none() {
                if let Some(msg) = imports::refused(ipath) {
                    // (syscall and internal/oserror exist for os and io/fs only.)
                    self.error_in(file, imp.path_span, msg);
                    self.import_failed = true;
                    continue;
                }
            }
            if let Some(i) = self.loading.iter().position(|(p, _)| p == ipath) {
                // go build: `package P\n\timports Q from a.go\n\timports P
                // from q.go: import cycle not allowed`, at the import.
                let from = |f: usize| {
                    let n = &self.files[f].map.name;
                    n.rsplit('/').next().unwrap_or(n).to_string()
                };
                let root = if self.loading[0].0 == "main" { self.main_path.clone() } else { self.loading[0].0.clone() };
                let mut msg = format!("package {root}");
                let mut chain: Vec<(String, String)> = self.loading[1..].iter().map(|(p, f)| (p.clone(), f.clone())).collect();
                chain.push((ipath.to_string(), from(file)));
                let _ = i;
                for (p, f) in chain {
                    msg.push_str(&format!("\n\timports {p} from {f}"));
                }
                msg.push_str(": import cycle not allowed");
                // (No position: the go command reports it before compiling.)
                self.diags.push(CompileError { rendered: msg, file, offset: imp.path_span.lo });
                self.import_failed = true;
                continue;
            }
            let existing = self.pkgs.iter().position(|p| p.path == ipath);
            let local_files = if existing.is_none() { self.locals.iter().find(|(p, _)| p == ipath).map(|(_, f)| f.clone()) } else { None };
            let ipkg = match existing {
                Some(p) => p,
                None if ipath == "unsafe" => self.unsafe_package(),
                None if local_files.is_some() => {
                    let files = local_files.unwrap_or_default();
                    let srcs: Vec<(&str, &'a str)> = files.iter().map(|&(n, _, s)| (n, s)).collect();
                    let abs: Vec<&'a str> = files.iter().map(|&(_, a, _)| a).collect();
                    let base = |f: usize| {
                        let n = &self.files[f].map.name;
                        n.rsplit('/').next().unwrap_or(n).to_string()
                    };
                    let importer = base(file);
                    if self.loading.is_empty() {
                        self.loading.push((path.to_string(), String::new()));
                    }
                    self.loading.push((ipath.to_string(), importer));
                    let saved = self.ctx.clone();
                    let r = self.load_package_as(ipath, &srcs, &abs, true);
                    self.ctx = saved;
                    self.loading.pop();
                    if self.loading.len() == 1 {
                        self.loading.clear();
                    }
                    match r {
                        Ok(p) => p,
                        Err(()) => {
                            self.import_failed = true;
                            continue;
                        }
                    }
                }
                None => match stdlib_source(ipath) {
                    Some(isrc) => {
                        let fname = format!("$GOROOT/src/{ipath}/{}.go", ipath.rsplit('/').next().unwrap_or(ipath));
                        let saved = self.ctx.clone();
                        let r = self.load_package(ipath, &[(&fname, isrc)]);
                        self.ctx = saved;
                        match r {
                            Ok(p) => p,
                            Err(()) => continue,
                        }
                    }
                    None => {
                        self.error_in(file, imp.path_span, imports::unavailable(ipath));
                        self.import_failed = true;
                        continue;
                    }
                },
            };
            if full {
                self.load_more(ipkg);
            }
            let local: &'a str = match &imp.name {
                Some(n) => n.name,
                None => self.arena.alloc_str(&self.pkgs[ipkg].name),
            };
            if full {
                self.load_parts(ipkg, file, local);
            }
            let is_stdlib = stdlib_source(path).is_some();
            let alias = imp.name.as_ref().map(|n| n.span);
            self.files[file].imports.push(Import {
                name: local,
                pkg: ipkg,
                used: is_stdlib || local == "_",
                path_span: imp.path_span,
                alias_span: alias,
            });
        }
    }

    /// types2's check that the file scopes and the package scope declare
    /// different names: a package-level object named like an exported
    /// name of a file's dot import is `X already declared through
    /// dot-import of package fmt ("fmt")`, reported at the object.
    fn dot_import_conflicts(&mut self) {
        let mut found: Vec<(usize, Span, String)> = Vec::new();
        // (An import in conflict is not also reported unused.)
        let mut conflicting: Vec<(usize, usize)> = Vec::new();
        for (fi, f) in self.files.iter().enumerate() {
            if !self.pkgs[f.pkg].local {
                continue;
            }
            for (ii, imp) in f.imports.iter().enumerate().filter(|(_, i)| i.name == ".") {
                let ip = &self.pkgs[imp.pkg];
                for (name, &id) in &self.pkgs[f.pkg].scope {
                    let o = &self.objs[id.0 as usize];
                    if o.file != usize::MAX && ip.scope.contains_key(name) && name.starts_with(|c: char| c.is_uppercase()) {
                        let msg = format!("{name} already declared through dot-import of package {} (\"{}\")", ip.name, ip.path);
                        found.push((o.file, o.span, msg));
                        conflicting.push((fi, ii));
                    }
                }
            }
        }
        for (fi, ii) in conflicting {
            self.files[fi].imports[ii].used = true;
        }
        found.sort_by_key(|(f, sp, _)| (*f, sp.lo));
        for (file, span, msg) in found {
            self.error_in(file, span, msg);
        }
    }

    /// Package unsafe, which has no Go source: its `Pointer` type and its
    /// functions, builtins whose calls the checker evaluates (call.rs).
    fn unsafe_package(&mut self) -> usize {
        let pkg = self.pkgs.len();
        let mut scope = HashMap::default();
        use Builtin::*;
        let members = [
            ("Pointer", ObjKind::BasicType(TypeId::UNSAFE_POINTER)),
            ("Sizeof", ObjKind::Builtin(Sizeof)),
            ("Alignof", ObjKind::Builtin(Alignof)),
            ("Offsetof", ObjKind::Builtin(Offsetof)),
            ("Add", ObjKind::Builtin(UnsafeAdd)),
            ("Slice", ObjKind::Builtin(UnsafeSlice)),
            ("SliceData", ObjKind::Builtin(UnsafeSliceData)),
            ("String", ObjKind::Builtin(UnsafeString)),
            ("StringData", ObjKind::Builtin(UnsafeStringData)),
        ];
        for (name, kind) in members {
            let id = ObjId(self.objs.len() as u32);
            self.objs.push(Obj {
                kind,
                pkg,
                file: usize::MAX,
                name,
                span: Span::default(),
                state: State::Done,
                ty: TypeId::VOID,
                cval: None,
                func: 0,
                used: true,
            });
            scope.insert(name.to_string(), id);
        }
        self.pkgs.push(Package { path: "unsafe".into(), name: "unsafe".into(), scope, more: true, local: false, sym: "unsafe".into() });
        pkg
    }

    /// Loads the rest of stdlib package `pkg` (`stdlib/P.more.go`) once.
    fn load_more(&mut self, pkg: usize) {
        if self.pkgs[pkg].more {
            return;
        }
        self.pkgs[pkg].more = true;
        let path = self.pkgs[pkg].path.clone();
        let Some(src) = stdlib_more(&path) else { return };
        let fname = format!("$GOROOT/src/{path}/{}_more.go", path.rsplit('/').next().unwrap_or(&path));
        let saved = self.ctx.clone();
        if let Ok(ast) = self.parse(&fname, src) {
            let fname: &'a str = self.arena.alloc_str(&fname);
            let file = self.files.len();
            self.files.push(SourceFile { map: SourceMap::new(fname, src), src, ast, pkg, imports: Vec::new(), abs: None });
            self.load_imports(&path, file, true);
            self.collect(pkg, file);
        }
        self.ctx = saved;
    }

    /// Loads the parts of stdlib package `pkg` (`stdlib/P.on-NAMES.go`)
    /// that `file`, importing it as `local`, mentions by name, once each.
    fn load_parts(&mut self, pkg: usize, file: usize, local: &str) {
        let path = self.pkgs[pkg].path.clone();
        for (i, (names, part, src)) in stdlib_parts(&path).iter().enumerate() {
            if self.loaded_parts.contains(&(pkg, i)) {
                continue;
            }
            let text = self.files[file].src;
            // A dot import uses the names unqualified.
            let mentions = |n: &str| if local == "." { text.contains(n) } else { text.contains(&format!("{local}.{n}")) };
            if !names.iter().any(|n| mentions(n)) {
                continue;
            }
            self.loaded_parts.insert((pkg, i));
            let fname = format!("$GOROOT/src/{path}/{part}.go");
            let saved = self.ctx.clone();
            if let Ok(ast) = self.parse(&fname, src) {
                let fname: &'a str = self.arena.alloc_str(&fname);
                let f = self.files.len();
                self.files.push(SourceFile { map: SourceMap::new(fname, src), src, ast, pkg, imports: Vec::new(), abs: None });
                // Like a core file, a part sees the cores of its imports.
                self.load_imports(&path, f, false);
                self.collect(pkg, f);
            }
            self.ctx = saved;
        }
    }

    fn run(&mut self, sources: &[Source<'_>], opts: &Options) -> Result<Program, Vec<CompileError>> {
        let arena = self.arena;
        let main_sources: Vec<(&str, &'a str)> = sources.iter().map(|s| (&*arena.alloc_str(s.name), &*arena.alloc_str(s.src))).collect();
        // The runtime package declares the run-time error types.
        let rt = stdlib_source("runtime").expect("runtime prelude");
        let _ = self.load_package("runtime", &[("$GOROOT/src/runtime/runtime.go", rt)]);
        let main_pkg = match self.load_package("main", &main_sources) {
            Ok(p) => p,
            Err(()) => return Err(std::mem::take(&mut self.diags)),
        };
        if self.import_failed {
            // go build stops at package loading: no type errors follow.
            let mut d = std::mem::take(&mut self.diags);
            d.sort_by_key(|e| (e.file, e.offset));
            return Err(d);
        }
        if self.pkgs[main_pkg].name != "main" {
            // go build of a non-main package does nothing useful.
        }
        self.dot_import_conflicts();
        self.check_tparam_lists();
        self.resolve_all();
        self.decide_inlining();
        self.number_local_types();
        let init = self.build_init(main_pkg);
        self.drain_queue();
        self.promote_unnamed_struct_methods();
        self.mark_generic_imports();
        self.check_generic_bodies();
        self.compile_reached();
        // Unused imports (Go reports them per file).
        for fi in 0..self.files.len() {
            let imps: Vec<_> =
                self.files[fi].imports.iter().filter(|i| !i.used).map(|i| (i.pkg, i.path_span, i.alias_span, i.name)).collect();
            for (p, span, alias, local) in imps {
                let path = self.pkgs[p].path.clone();
                match alias {
                    // (At the dot, in the words of an unrenamed import.)
                    Some(a) if local == "." => self.error_in(fi, a, format!("\"{path}\" imported and not used")),
                    Some(a) if local != self.pkgs[p].name => self.error_in(fi, a, format!("\"{path}\" imported as {local} and not used")),
                    _ => self.error_in(fi, span, format!("\"{path}\" imported and not used")),
                }
            }
        }
        if self.diags.is_empty() {
            // types2 runs its monomorph check only on a program without
            // other errors.
            self.report_instance_cycle();
        }
        if self.diags.is_empty() {
            for (file, at) in std::mem::take(&mut self.missing_bodies) {
                self.error_in(file, at, "missing function body");
            }
        }
        let main = match self.pkgs[main_pkg].scope.get("main") {
            Some(&o) if matches!(self.objs[o.0 as usize].kind, ObjKind::Func { .. }) => self.objs[o.0 as usize].func,
            _ => {
                if self.diags.is_empty() {
                    self.diags.push(CompileError {
                        rendered: "runtime.main_main·f: function main is undeclared in the main package".into(),
                        file: 0,
                        offset: 0,
                    });
                }
                0
            }
        };
        if !self.diags.is_empty() {
            let mut d = std::mem::take(&mut self.diags);
            d.sort_by_key(|e| (if e.file == usize::MAX { 0 } else { e.file }, e.offset));
            // A local package's errors come first: the go command builds
            // it before the packages that import it, and stops there.
            let in_dep = |e: &CompileError| self.files.get(e.file).is_some_and(|f| f.pkg != main_pkg && self.pkgs[f.pkg].local);
            let main_first: Vec<CompileError> = if d.iter().any(in_dep) {
                d.iter().filter(|e| in_dep(e)).cloned().collect()
            } else {
                d.iter().filter(|e| e.file == usize::MAX || self.files.get(e.file).map(|f| f.pkg) == Some(main_pkg)).cloned().collect()
            };
            let mut out = if main_first.is_empty() { d } else { main_first };
            // gc stops at its tenth error: it prints the ten, sorted, and
            // `POS: too many errors` at the tenth (the syntax errors'
            // cap is the parser's own).
            if out.len() >= 10 {
                out.truncate(10);
                let last = &out[9];
                if let Some(f) = self.files.get(last.file) {
                    let (file, offset) = (last.file, last.offset);
                    let rendered = Diagnostic::new(Span { lo: offset, hi: offset + 1 }, "too many errors").render(&f.map);
                    out.push(CompileError { rendered, file, offset });
                }
            }
            return Err(out);
        }
        if opts.peephole {
            peephole::optimize_all(&mut self.funcs);
        }
        // The runtime sees canonical spellings only (no spelling lookups).
        for f in &mut self.funcs {
            canonical_types(f);
        }
        self.tt.canonicalize_named();
        if self.pkgs.iter().any(|p| p.path == "reflect") {
            // Room for the types reflect's ArrayOf, FuncOf, StructOf, ...
            // make while the program runs.
            self.tt.reserve_runtime(4096);
            // reflect.PointerTo, New and Value.Addr need *T for the types
            // they meet: intern the pointer to every type now (only for
            // programs using reflect), so that the common ones are the
            // program's own (fmt looks *T up among them) rather than made
            // at run time.
            for i in 0..self.tt.len() {
                let t = types::TypeId(i as u32);
                let skip = matches!(self.tt.kind(t), Kind::Tuple(_) | Kind::TypeParam(_)) || self.tt.is_untyped(t);
                if !skip {
                    self.tt.pointer(t);
                }
            }
            // Type.Method's Type and Func are method expressions, T.M of
            // type func(T, params...) results: intern them too.
            let n = self.tt.len();
            for i in 0..n {
                let t = types::TypeId(i as u32);
                let Some(ms) = self.tt.named_info(t).map(|ni| ni.methods.iter().map(|m| (m.sig, m.ptr_recv)).collect::<Vec<_>>()) else {
                    continue;
                };
                if self.tt.is_interface(t) {
                    continue;
                }
                let pt = self.tt.pointer(t);
                for (sig, ptr_recv) in ms {
                    let Some(s) = self.tt.sig(sig).cloned() else { continue };
                    for recv in if ptr_recv { vec![pt] } else { vec![t, pt] } {
                        let params = std::iter::once(recv).chain(s.params.iter().copied()).collect();
                        self.tt.func(params, s.results.clone(), s.variadic);
                    }
                }
            }
        }
        for g in &mut self.globals {
            *g = g.canonical();
        }
        // The program's files come first in the Program, in the order given;
        // the others follow in load order.
        let order: Vec<usize> = (0..self.files.len())
            .filter(|&i| self.files[i].pkg == main_pkg)
            .chain((0..self.files.len()).filter(|&i| self.files[i].pkg != main_pkg))
            .collect();
        let mut new_index = vec![0u32; self.files.len()];
        for (k, &i) in order.iter().enumerate() {
            new_index[i] = k as u32;
        }
        for f in &mut self.funcs {
            f.file = new_index.get(f.file as usize).copied().unwrap_or(0);
        }
        let mut main_paths = sources.iter().map(|s| s.path.to_string());
        let files = order
            .iter()
            .map(|&i| {
                let f = &self.files[i];
                let lib = f.pkg != main_pkg && !self.pkgs[f.pkg].local;
                let name = match f.abs {
                    Some(abs) => abs.to_string(),
                    None if lib => f.map.name.clone(),
                    None => main_paths.next().unwrap_or_default(),
                };
                bytecode::SourceFile { name, src: f.src.to_string(), lib }
            })
            .collect();
        let mut global_names = vec![String::new(); self.globals.len()];
        for o in &self.objs {
            if let ObjKind::Var { global, .. } = o.kind {
                if let Some(n) = global_names.get_mut(global as usize) {
                    *n = format!("{}.{}", self.pkgs[o.pkg].name, o.name);
                }
            }
        }
        Ok(Program {
            file: sources.first().map(|s| s.path.to_string()).unwrap_or_default(),
            files,
            global_names,
            funcs: std::mem::take(&mut self.funcs),
            consts: std::mem::take(&mut self.consts),
            types: std::mem::take(&mut self.tt),
            nglobals: self.globals.len() as u32,
            global_types: self.globals.clone(),
            init,
            main,
            init_funcs: self.init_funcs.clone(),
            natives: std::mem::take(&mut self.natives),
        })
    }

    /// Generic declarations are compiled per instantiation, maybe never:
    /// the packages their source names count as used all the same.
    fn mark_generic_imports(&mut self) {
        for fi in 0..self.files.len() {
            let ast = self.files[fi].ast;
            let mut names: Vec<&'a str> = Vec::new();
            let mut visit = |e: &'a Expr<'a>| {
                if let ExprKind::Selector(x, _) = &e.kind {
                    if let ExprKind::Ident(n) = x.kind {
                        names.push(n);
                    }
                }
            };
            for d in ast.decls.iter() {
                match d {
                    Decl::Func(fd) => {
                        let generic_recv = fd.recv.is_some_and(|r| !decls::recv_type_params(r.typ).is_empty());
                        if !fd.type_params.is_empty() || generic_recv {
                            walk::func_decl(fd, &mut visit);
                        }
                    }
                    Decl::Gen(g) => {
                        for sp in g.specs.iter() {
                            if let Spec::Type(ts) = sp {
                                if !ts.type_params.is_empty() {
                                    walk::type_spec(ts, &mut visit);
                                }
                            }
                        }
                    }
                }
            }
            for imp in self.files[fi].imports.iter_mut() {
                if names.contains(&imp.name) {
                    imp.used = true;
                }
            }
        }
    }

    /// Numbers the types defined inside function bodies of the program's
    /// own packages as gc's noder does (declCollector: every non-alias
    /// type declaration within a function, literals included, in source
    /// order over the package's files, from 1). The number shows where a
    /// local type is a type argument: `main.G[main.loc·1]`.
    fn number_local_types(&mut self) {
        fn stmt<'a>(s: &'a Stmt<'a>, out: &mut Vec<usize>) {
            if let StmtKind::Decl(g) = &s.kind {
                for sp in g.specs.iter() {
                    if let Spec::Type(ts) = sp {
                        if !ts.alias {
                            out.push(*ts as *const TypeSpec as usize);
                        }
                    }
                }
            }
            crate::walk::stmt_parts(s, &mut |p| match p {
                crate::walk::Part::S(st) => stmt(st, out),
                crate::walk::Part::E(x) => expr(x, out),
            });
        }
        fn expr<'a>(x: &'a Expr<'a>, out: &mut Vec<usize>) {
            match &x.kind {
                ExprKind::FuncLit { body, .. } => body.stmts.iter().for_each(|s| stmt(s, out)),
                _ => crate::escape::children(x, &mut |c| expr(c, out)),
            }
        }
        for pkg in 0..self.pkgs.len() {
            if !self.pkgs[pkg].local {
                continue;
            }
            let mut specs = Vec::new();
            for f in self.files.iter().filter(|f| f.pkg == pkg) {
                for decl in f.ast.decls.iter() {
                    match decl {
                        Decl::Func(fd) => fd.body.iter().flat_map(|b| b.stmts.iter()).for_each(|s| stmt(s, &mut specs)),
                        // Function literals in package-level initialisers.
                        Decl::Gen(g) => {
                            for sp in g.specs.iter() {
                                if let Spec::Value(v) = sp {
                                    v.values.iter().for_each(|x| expr(x, &mut specs));
                                }
                            }
                        }
                    }
                }
            }
            for (i, spec) in specs.into_iter().enumerate() {
                self.local_type_gen.insert(spec, i as u32 + 1);
            }
        }
    }

    /// Which declared functions of the program's own packages gc inlines
    /// (`inline.rs`), for their frames in tracebacks.
    fn decide_inlining(&mut self) {
        for pkg in 0..self.pkgs.len() {
            if !self.pkgs[pkg].local {
                continue;
            }
            let files: Vec<usize> = (0..self.files.len()).filter(|&f| self.files[f].pkg == pkg).collect();
            let mut d = crate::inline::DeclInlining::new(files.iter().flat_map(|&f| self.files[f].ast.decls.iter()));
            // The file of each declaration, for its imports and directives.
            let mut file_of: HashMap<usize, usize> = HashMap::default();
            for &f in &files {
                for decl in self.files[f].ast.decls.iter() {
                    if let Decl::Func(fd) = decl {
                        file_of.insert(*fd as *const FuncDecl as usize, f);
                    }
                }
            }
            let scope_of = |fd: &'a FuncDecl<'a>| {
                let f = file_of.get(&(fd as *const FuncDecl as usize)).copied().unwrap_or(files[0]);
                let imports = self.files[f].imports.iter().map(|i| (i.name, self.pkgs[i.pkg].path.clone())).collect();
                crate::inline::FileScope { imports, src: self.files[f].src }
            };
            let mut out = Vec::new();
            for &f in &files {
                for decl in self.files[f].ast.decls.iter() {
                    if let Decl::Func(fd) = decl {
                        if d.inlinable(fd, &scope_of) {
                            out.push(*fd as *const FuncDecl as usize);
                        }
                    }
                }
            }
            self.gc_inlines.extend(out);
        }
    }

    /// Compiles the standard library's declared functions that compiled
    /// code calls or takes the value of, and those their code reaches, until
    /// no new one is reached. (A library function's body is checked and
    /// compiled only then: the prelude's code is correct, and hello-world
    /// calls a handful of the functions its packages declare. Methods are
    /// compiled when their type is declared: interfaces and reflection
    /// reach them through method tables, not code.) An unreached function
    /// keeps its index and name, with no code.
    fn compile_reached(&mut self) {
        use bytecode::Op;
        while !self.unreached.is_empty() {
            let mut reached: Vec<u32> = Vec::new();
            for f in &self.funcs {
                for op in &f.code {
                    if let Op::Call { func, .. } | Op::LoadFunc { func, .. } | Op::BindMethod { func, .. } | Op::MakeClosure { func, .. } =
                        *op
                    {
                        if self.unreached.contains_key(&func) {
                            reached.push(func);
                        }
                    }
                }
            }
            if reached.is_empty() {
                return;
            }
            // In index order, as the declarations were resolved.
            reached.sort_unstable();
            reached.dedup();
            for f in reached {
                if let Some(job) = self.unreached.remove(&f) {
                    self.queue.push_back(job);
                }
            }
            self.drain_queue();
        }
    }

    fn drain_queue(&mut self) {
        while let Some(job) = self.queue.pop_front() {
            self.compiling = Some(job.func);
            self.compile_job(job);
        }
        self.compiling = None;
    }
}

/// A position as gc prints it inside messages: `./file.go:line:col`.
pub(crate) fn pos_ref(map: &SourceMap, offset: u32) -> String {
    let p = map.position(offset);
    if map.name.contains('/') || p.starts_with('$') {
        p
    } else {
        format!("./{p}")
    }
}

fn absolute(name: &str) -> String {
    if name == "-" || name.starts_with('/') {
        return if name == "-" { "/tmp/main.go".into() } else { name.to_string() };
    }
    match std::env::current_dir() {
        Ok(d) => d.join(name).to_string_lossy().into_owned(),
        Err(_) => name.to_string(),
    }
}

/// Drops the source spellings (`byte`, `rune`) from the types a function's
/// code and tables name: they only matter to compile errors.
fn canonical_types(f: &mut FuncProto) {
    use bytecode::Op::*;
    for op in &mut f.code {
        match op {
            LoadZero { ty, .. }
            | NewCell { ty, .. }
            | New { ty, .. }
            | MakeSlice { ty, .. }
            | SliceLit { ty, .. }
            | Append { ty, .. }
            | AppendStack { ty, .. }
            | AppendSlice { ty, .. }
            | MakeMap { ty, .. }
            | IfaceConst { ty, .. }
            | ToIface { ty, .. }
            | ToIfaceStatic { ty, .. }
            | IsType { ty, .. }
            | Implements { ty, .. }
            | MakeChan { ty, .. } => *ty = ty.canonical(),
            TypeAssert { ty, iface_ty, .. } | AssertIface { ty, iface_ty, .. } => {
                *ty = ty.canonical();
                *iface_ty = iface_ty.canonical();
            }
            _ => {}
        }
    }
    for t in f.result_types.iter_mut().chain(f.param_types.iter_mut()) {
        *t = t.canonical();
    }
}
