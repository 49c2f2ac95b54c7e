#pragma once

#include "core/tokencounts.h"
#include "modelprice.h"

#include <QtGlobal>

// Token counts × model prices → integer micro-dollars, billed the way the providers bill.
namespace CostCalculator {

enum class Speed { Standard, Fast };

// The cost of `requests` requests whose tokens are summed in `tokens`. Long-context tiers are per
// request (the whole request is priced at the tier rates, output included, once its prompt
// exceeds the threshold); for a sum of several requests (a provider's usage bucket) only the
// average prompt per request can be compared with the threshold, which is what happens here.
//
// Rates the price table leaves out are charged as follows; we never invent a discount:
// - cache read: the input rate;
// - 5-minute cache write: Anthropic models 1.25 × input (Anthropic's published rule); other
//   providers the input rate (OpenAI and Google charge no write premium, but the tokens were
//   still read as input);
// - 1-hour cache write: Anthropic models 2 × input; others the 5-minute rate;
// - in the long-context tier the same rules apply to the tier input rate, and a missing tier
//   output rate is the standard output rate.
// Fast speed multiplies the total by price.fastMultiplier (taken to three decimals).
qint64 costMicros(const ModelPrice &price, const TokenCounts &tokens, Speed speed = Speed::Standard,
                  qint64 requests = 1);

} // namespace CostCalculator
