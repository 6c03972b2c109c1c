// Tests: html EscapeString and UnescapeString with named (incl. two-codepoint and semicolon-less) and numeric entities, Windows-1252 replacements
package main

import (
	"fmt"
	"html"
)

func main() {
	fmt.Println(html.EscapeString(`<a href="x">'Tom' & "Jerry"</a>`))
	for _, s := range []string{
		"a &amp; b &lt;c&gt; &quot;&#39;&#34;",
		"&copy; &COPY &copy &AElig; &Aacute; &notin; &notit; &amp &ampx &nbsp;&NotEqualTilde; &acE;",
		"&#x41;&#X42;&#67;&#0;&#x80;&#x9F;&#xD800;&#x110000;&#; &#x; &#12345678901;",
		"&; &unknown; & &&amp;amp; trailing &",
		"no entities at all",
		"&lang;&rang;&fjlig;&bne;",
	} {
		u := html.UnescapeString(s)
		fmt.Printf("%q -> %q\n", s, u)
		fmt.Printf("round trip: %v\n", html.UnescapeString(html.EscapeString(u)) == u)
	}
}
