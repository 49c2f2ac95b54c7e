target_sources(burnrate_test_support PRIVATE
    support/alerttesting.cpp support/alerttesting.h
    support/budgettesting.cpp support/budgettesting.h
    support/dashboardtesting.cpp support/dashboardtesting.h
    support/fakeclock.h
    support/fakehttpserver.cpp support/fakehttpserver.h
    support/providertesting.cpp support/providertesting.h
    support/readertesting.cpp support/readertesting.h
    support/templedger.cpp support/templedger.h)
