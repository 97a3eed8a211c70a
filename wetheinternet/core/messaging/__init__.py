"""The one message path (docs/messages.md). Every e-mail and SMS the platform writes is a
``Message`` row first, created in the transaction that calls for it
(``queue.send_templated_mail`` / ``queue.send_message`` / ``queue.queue_batch``), then
sent by a worker (``delivery.deliver``) with retries and backoff; a delivery failure
never fails the request that asked for the message. The rendered body is removed once
the message is sent, failed or dropped."""
