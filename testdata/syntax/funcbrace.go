// Tests: syntax error: function body brace on the next line
package main

func main()
{
}
