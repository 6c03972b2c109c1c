// Command goast prints go/parser's AST in the S-expression format of
// crates/syntax/src/dump.rs, so the two parsers can be compared file by
// file (tests/astcompare.rs). File paths are read from stdin, one a line;
// each dump is preceded by "\x01FILE path".
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
)

type dumper struct {
	b strings.Builder
}

func (d *dumper) s(s string) { d.b.WriteString(s) }

func (d *dumper) optExpr(e ast.Expr) {
	if e == nil {
		d.s("_")
	} else {
		d.expr(e)
	}
}

func (d *dumper) exprs(es []ast.Expr) {
	for _, e := range es {
		d.s(" ")
		d.expr(e)
	}
}

func (d *dumper) names(ns []*ast.Ident) {
	for i, n := range ns {
		if i > 0 {
			d.s(" ")
		}
		d.s(n.Name)
	}
}

func (d *dumper) fields(fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for i, f := range fl.List {
		if i > 0 {
			d.s(" ")
		}
		d.field(f)
	}
}

func (d *dumper) field(f *ast.Field) {
	d.s("(field (")
	d.names(f.Names)
	d.s(") ")
	d.expr(f.Type)
	if f.Tag != nil {
		d.s(" " + f.Tag.Value)
	}
	d.s(")")
}

func (d *dumper) sig(t *ast.FuncType) {
	d.s("(sig (")
	d.fields(t.Params)
	d.s(") (")
	d.fields(t.Results)
	d.s("))")
}

func (d *dumper) gen(g *ast.GenDecl) {
	d.s("(gen " + g.Tok.String())
	for _, sp := range g.Specs {
		d.s(" ")
		switch s := sp.(type) {
		case *ast.ImportSpec:
			name := "_"
			if s.Name != nil {
				name = s.Name.Name
			}
			p, err := strconv.Unquote(s.Path.Value)
			if err != nil {
				p = s.Path.Value
			}
			d.s("(import " + name + " " + p + ")")
		case *ast.ValueSpec:
			d.s("(value (")
			d.names(s.Names)
			d.s(") ")
			d.optExpr(s.Type)
			d.s(" (")
			for i, v := range s.Values {
				if i > 0 {
					d.s(" ")
				}
				d.expr(v)
			}
			d.s("))")
		case *ast.TypeSpec:
			d.s("(typespec " + s.Name.Name + " (")
			d.fields(s.TypeParams)
			if s.Assign.IsValid() {
				d.s(") = ")
			} else {
				d.s(") ")
			}
			d.expr(s.Type)
			d.s(")")
		}
	}
	d.s(")")
}

func (d *dumper) fn(f *ast.FuncDecl) {
	d.s("(func ")
	if f.Recv != nil && len(f.Recv.List) == 1 {
		d.field(f.Recv.List[0])
	} else {
		d.s("_")
	}
	d.s(" " + f.Name.Name + " (")
	d.fields(f.Type.TypeParams)
	d.s(") ")
	d.sig(f.Type)
	d.s(" ")
	if f.Body != nil {
		d.block(f.Body)
	} else {
		d.s("_")
	}
	d.s(")")
}

func (d *dumper) block(b *ast.BlockStmt) {
	d.s("(block")
	d.stmts(b.List)
	d.s(")")
}

func (d *dumper) stmts(ss []ast.Stmt) {
	for _, s := range ss {
		if _, ok := s.(*ast.EmptyStmt); ok {
			continue
		}
		d.s(" ")
		d.stmt(s)
	}
}

func (d *dumper) optStmt(s ast.Stmt) {
	if s == nil {
		d.s("_")
	} else {
		d.stmt(s)
	}
}

func (d *dumper) label(l *ast.Ident) string {
	if l == nil {
		return "_"
	}
	return l.Name
}

func (d *dumper) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.EmptyStmt:
		d.s("(empty)")
	case *ast.DeclStmt:
		d.s("(decl ")
		d.gen(s.Decl.(*ast.GenDecl))
		d.s(")")
	case *ast.LabeledStmt:
		d.s("(label " + s.Label.Name + " ")
		d.stmt(s.Stmt)
		d.s(")")
	case *ast.ExprStmt:
		d.s("(expr ")
		d.expr(s.X)
		d.s(")")
	case *ast.SendStmt:
		d.s("(send ")
		d.expr(s.Chan)
		d.s(" ")
		d.expr(s.Value)
		d.s(")")
	case *ast.IncDecStmt:
		d.s("(incdec ")
		d.expr(s.X)
		d.s(" " + s.Tok.String() + ")")
	case *ast.AssignStmt:
		d.s("(assign " + s.Tok.String() + " (")
		d.exprs(s.Lhs)
		d.s(") (")
		d.exprs(s.Rhs)
		d.s("))")
	case *ast.GoStmt:
		d.s("(go ")
		d.expr(s.Call)
		d.s(")")
	case *ast.DeferStmt:
		d.s("(defer ")
		d.expr(s.Call)
		d.s(")")
	case *ast.ReturnStmt:
		d.s("(return")
		d.exprs(s.Results)
		d.s(")")
	case *ast.BranchStmt:
		d.s("(" + s.Tok.String() + " " + d.label(s.Label) + ")")
	case *ast.BlockStmt:
		d.block(s)
	case *ast.IfStmt:
		d.s("(if ")
		d.optStmt(s.Init)
		d.s(" ")
		d.expr(s.Cond)
		d.s(" ")
		d.block(s.Body)
		d.s(" ")
		d.optStmt(s.Else)
		d.s(")")
	case *ast.SwitchStmt:
		d.s("(switch ")
		d.optStmt(s.Init)
		d.s(" ")
		d.optExpr(s.Tag)
		d.cases(s.Body)
		d.s(")")
	case *ast.TypeSwitchStmt:
		d.s("(typeswitch ")
		d.optStmt(s.Init)
		bind := "_"
		var x ast.Expr
		switch a := s.Assign.(type) {
		case *ast.ExprStmt:
			x = a.X.(*ast.TypeAssertExpr).X
		case *ast.AssignStmt:
			bind = a.Lhs[0].(*ast.Ident).Name
			x = a.Rhs[0].(*ast.TypeAssertExpr).X
		}
		d.s(" " + bind + " ")
		d.expr(x)
		d.cases(s.Body)
		d.s(")")
	case *ast.SelectStmt:
		d.s("(select")
		for _, c := range s.Body.List {
			c := c.(*ast.CommClause)
			d.s(" (comm ")
			d.optStmt(c.Comm)
			d.stmts(c.Body)
			d.s(")")
		}
		d.s(")")
	case *ast.ForStmt:
		d.s("(for ")
		d.optStmt(s.Init)
		d.s(" ")
		d.optExpr(s.Cond)
		d.s(" ")
		d.optStmt(s.Post)
		d.s(" ")
		d.block(s.Body)
		d.s(")")
	case *ast.RangeStmt:
		d.s("(range ")
		d.optExpr(s.Key)
		d.s(" ")
		d.optExpr(s.Value)
		if s.Tok == token.DEFINE {
			d.s(" := ")
		} else {
			d.s(" = ")
		}
		d.expr(s.X)
		d.s(" ")
		d.block(s.Body)
		d.s(")")
	default:
		d.s(fmt.Sprintf("(?stmt %T)", s))
	}
}

func (d *dumper) cases(b *ast.BlockStmt) {
	for _, c := range b.List {
		c := c.(*ast.CaseClause)
		if c.List == nil {
			d.s(" (default")
		} else {
			d.s(" (case (")
			d.exprs(c.List)
			d.s(")")
		}
		d.stmts(c.Body)
		d.s(")")
	}
}

func (d *dumper) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Ident:
		d.s(e.Name)
	case *ast.BasicLit:
		d.s(e.Value)
	case *ast.CompositeLit:
		d.s("(lit ")
		d.optExpr(e.Type)
		for _, el := range e.Elts {
			d.s(" ")
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				d.s("(kv ")
				d.expr(kv.Key)
				d.s(" ")
				d.expr(kv.Value)
				d.s(")")
			} else {
				d.expr(el)
			}
		}
		d.s(")")
	case *ast.FuncLit:
		d.s("(funclit ")
		d.sig(e.Type)
		d.s(" ")
		d.block(e.Body)
		d.s(")")
	case *ast.ParenExpr:
		d.s("(paren ")
		d.expr(e.X)
		d.s(")")
	case *ast.SelectorExpr:
		d.s("(sel ")
		d.expr(e.X)
		d.s(" " + e.Sel.Name + ")")
	case *ast.IndexExpr:
		d.s("(index ")
		d.expr(e.X)
		d.s(" ")
		d.expr(e.Index)
		d.s(")")
	case *ast.IndexListExpr:
		d.s("(index ")
		d.expr(e.X)
		d.exprs(e.Indices)
		d.s(")")
	case *ast.SliceExpr:
		d.s("(slice ")
		d.expr(e.X)
		d.s(" ")
		d.optExpr(e.Low)
		d.s(" ")
		d.optExpr(e.High)
		d.s(" ")
		d.optExpr(e.Max)
		if e.Slice3 {
			d.s(" 3)")
		} else {
			d.s(")")
		}
	case *ast.TypeAssertExpr:
		d.s("(assert ")
		d.expr(e.X)
		d.s(" ")
		if e.Type == nil {
			d.s("type")
		} else {
			d.expr(e.Type)
		}
		d.s(")")
	case *ast.CallExpr:
		d.s("(call ")
		d.expr(e.Fun)
		d.exprs(e.Args)
		if e.Ellipsis.IsValid() {
			d.s(" ...")
		}
		d.s(")")
	case *ast.StarExpr:
		d.s("(star ")
		d.expr(e.X)
		d.s(")")
	case *ast.UnaryExpr:
		d.s("(un " + e.Op.String() + " ")
		d.expr(e.X)
		d.s(")")
	case *ast.BinaryExpr:
		d.s("(bin " + e.Op.String() + " ")
		d.expr(e.X)
		d.s(" ")
		d.expr(e.Y)
		d.s(")")
	case *ast.Ellipsis:
		d.s("(ellipsis ")
		d.optExpr(e.Elt)
		d.s(")")
	case *ast.ArrayType:
		d.s("(array ")
		switch l := e.Len.(type) {
		case nil:
			d.s("[]")
		case *ast.Ellipsis:
			d.s("...")
		default:
			d.expr(l)
		}
		d.s(" ")
		d.expr(e.Elt)
		d.s(")")
	case *ast.StructType:
		d.s("(struct")
		for _, f := range e.Fields.List {
			d.s(" ")
			d.field(f)
		}
		d.s(")")
	case *ast.FuncType:
		d.s("(functype ")
		d.sig(e)
		d.s(")")
	case *ast.InterfaceType:
		d.s("(iface")
		for _, f := range e.Methods.List {
			d.s(" ")
			if ft, ok := f.Type.(*ast.FuncType); ok && len(f.Names) == 1 {
				d.s("(method " + f.Names[0].Name + " ")
				d.sig(ft)
				d.s(")")
			} else {
				d.s("(embed ")
				d.expr(f.Type)
				d.s(")")
			}
		}
		d.s(")")
	case *ast.MapType:
		d.s("(map ")
		d.expr(e.Key)
		d.s(" ")
		d.expr(e.Value)
		d.s(")")
	case *ast.ChanType:
		dir := "both"
		switch e.Dir {
		case ast.SEND:
			dir = "send"
		case ast.RECV:
			dir = "recv"
		}
		d.s("(chan " + dir + " ")
		d.expr(e.Value)
		d.s(")")
	case *ast.KeyValueExpr:
		d.s("(kv ")
		d.expr(e.Key)
		d.s(" ")
		d.expr(e.Value)
		d.s(")")
	default:
		d.s(fmt.Sprintf("(?expr %T)", e))
	}
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		path := sc.Text()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		fmt.Fprintf(w, "\x01FILE %s\n", path)
		if err != nil {
			fmt.Fprintf(w, "error: %v\n", err)
			continue
		}
		var d dumper
		d.s("(package " + f.Name.Name + ")\n")
		for _, decl := range f.Decls {
			switch x := decl.(type) {
			case *ast.GenDecl:
				d.gen(x)
			case *ast.FuncDecl:
				d.fn(x)
			}
			d.s("\n")
		}
		w.WriteString(d.b.String())
	}
}
