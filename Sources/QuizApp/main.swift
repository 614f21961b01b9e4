// factquiz: the command-line entry point. Everything it does lives in Commands/.
MemoryTuning.apply()
FactQuiz.main()
