// Made-up credentials in the shapes of real ones (none works anywhere), shared by the tests that
// check they are found and never printed.
export const GITHUB = "ghp_aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2";
export const OPENAI = `sk-proj-${"Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z".repeat(2)}`;
export const ANTHROPIC = `sk-ant-api03-${"Zy9xWv8uTs7rQp6o".repeat(3)}`;
export const HUGGING_FACE = "hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567";
export const AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
export const AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
export const PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x2Q\n-----END RSA PRIVATE KEY-----";

