package cn.ybfp.claims.infrastructure;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration of the module: exact decimals, no unknown fields, no root separator (one per line). */
final class Json {

    /** Thread-safe once configured; reading trees and creating generators are its only uses. */
    static final ObjectMapper MAPPER = JsonMapper.builder(
                    new JsonFactoryBuilder().rootValueSeparator((String) null).build())
            // amounts sent as JSON numbers keep their decimal digits instead of passing through double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {}
}
