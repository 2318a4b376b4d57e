package dev.clearance.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web service: REST API, audit log, pack administration and the pre-check page. */
@SpringBootApplication
public class ClearanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClearanceApplication.class, args);
    }
}
