// Copy-ready clients for /api; YOUR_API_KEY is a placeholder: a real key is never put in a page.
// `panel` is the panel's name (brand settings), `endpoint` its API v2 URL on APP_URL.

export function curlExample(endpoint: string, panel: string): string {
  return `# ${panel}: API v2 at ${endpoint}

# Balance
curl -s -X POST ${endpoint} \\
  -d key=YOUR_API_KEY -d action=balance

# Place an order (retry-safe with an Idempotency-Key)
curl -s -X POST ${endpoint} \\
  -H "Idempotency-Key: order-2026-0001" \\
  -d key=YOUR_API_KEY -d action=add \\
  -d service=1 -d link=https://instagram.com/yourpage -d quantity=1000

# Status of several orders
curl -s -X POST ${endpoint} \\
  -d key=YOUR_API_KEY -d action=status -d orders=23501,23502`;
}

export function phpExample(endpoint: string, panel: string): string {
  return `<?php
// ${panel}: any API v2 client works; this one needs only PHP's curl extension.
function smm_api(array $fields) {
    $fields['key'] = 'YOUR_API_KEY';
    $ch = curl_init('${endpoint}');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => http_build_query($fields),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 30,
    ]);
    $answer = curl_exec($ch);
    curl_close($ch);
    return json_decode($answer, true);
}

$services = smm_api(['action' => 'services']);
$order = smm_api(['action' => 'add', 'service' => 1, 'link' => 'https://instagram.com/yourpage', 'quantity' => 1000]);
if (isset($order['error'])) {
    echo 'Refused: ' . $order['error'] . PHP_EOL;
} else {
    $status = smm_api(['action' => 'status', 'order' => $order['order']]);
    echo $status['status'] . ', remains ' . $status['remains'] . PHP_EOL;
}
echo json_encode(smm_api(['action' => 'balance'])) . PHP_EOL;`;
}

export function pythonExample(endpoint: string, panel: string): string {
  return `# ${panel}: API v2 client
import requests  # pip install requests

API_URL = "${endpoint}"
API_KEY = "YOUR_API_KEY"

def smm_api(**fields):
    answer = requests.post(API_URL, data={"key": API_KEY, **fields}, timeout=30)
    if answer.status_code == 429:
        raise RuntimeError(f"rate limited, retry after {answer.headers['Retry-After']} s")
    return answer.json()

services = smm_api(action="services")
order = smm_api(action="add", service=1, link="https://instagram.com/yourpage", quantity=1000)
if "error" in order:
    print("Refused:", order["error"])
else:
    status = smm_api(action="status", order=order["order"])
    print(status["status"], "remains", status["remains"])
print(smm_api(action="balance"))`;
}
