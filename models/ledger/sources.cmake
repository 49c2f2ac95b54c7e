target_sources(burnrate_models PRIVATE
    ledger/ledger.cpp ledger/ledger.h
    ledger/filecursorstore.cpp ledger/filecursorstore.h
    ledger/ledgerschema.cpp ledger/ledgerschema.h
    ledger/peopledirectory.cpp ledger/peopledirectory.h
    ledger/reportquery.cpp ledger/reportquery.h
    ledger/sqlitedatabase.cpp ledger/sqlitedatabase.h
    ledger/usagetransfer.cpp ledger/usagetransfer.h)
