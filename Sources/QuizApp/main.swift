// factquiz: the command-line entry point. Everything it does lives in Commands/.
FactQuiz.main()
