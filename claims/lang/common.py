"""Words and symbols shared by every language: currency symbols and ISO codes,
the percent sign, the things that look like numbers but are names."""

# Currency symbols and codes written before or after a number.
CURRENCY_SYMBOLS = {
    "US$": "USD", "US‑$": "USD", "US-$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "CHF": "CHF", "Fr.": "CHF",
}
ISO_CODES = [
    "USD", "EUR", "GBP", "NOK", "SEK", "DKK", "JPY", "CHF", "CNY", "INR", "CAD", "AUD", "HKD",
    "KRW", "BRL", "RUB", "MXN", "ZAR", "PLN", "SGD", "NZD", "TRY",
]
PERCENT_SIGNS = ["%", "％", "‰"]

# Letters-plus-number names that are products, not quantities (GPT-5, H100, Windows 11).
MODEL_NAME_PATTERNS = [
    r"\b(?:GPT|GPT-o|o|Llama|Gemini|Claude|Grok|Mistral|Windows|iPhone|Pixel|Galaxy|Xbox|PS|"
    r"Copilot|DALL-E|DALL·E|Sora|Qwen|DeepSeek-[RV]|Phi|Stargate)[- ]?\d+(?:\.\d+)?[a-z]?\b",
    r"\b[A-Z]{1,3}\d{2,4}[A-Z]?\b",
]
