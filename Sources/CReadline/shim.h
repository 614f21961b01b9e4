// GNU readline, for the game's line editor. Included through a shim so that
// stdio.h comes first: readline's headers use FILE without including it.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
